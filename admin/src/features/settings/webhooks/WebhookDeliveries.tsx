import type { WebhookDeliveries_DeliveryFragment } from '../../../__generated__/graphql';
import { formatDateTime } from '../../../components/formatDate';
import { eventLabel } from './events';

const STATUS_LABELS = { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Failed' } as const;

/**
 * A webhook's delivery log, newest first: event, status, attempts, the receiver's HTTP status,
 * when it was queued and delivered (site's clocks), and for a pending retry when the next attempt
 * is due; a failure's reason is the row's tooltip and its last cell.
 */
export function WebhookDeliveries({
  url,
  deliveries,
  timeZone,
}: {
  url: string;
  deliveries: readonly WebhookDeliveries_DeliveryFragment[];
  timeZone: string | undefined;
}) {
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, timeZone) : '—');
  return (
    <table className="token-table webhook-deliveries" aria-label={`Deliveries to ${url}`}>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Response</th>
          <th scope="col">Queued</th>
          <th scope="col">Delivered / next attempt</th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.length === 0 ? (
          <tr>
            <td colSpan={7} className="pane-note">
              No deliveries yet. “Send test event” sends one now.
            </td>
          </tr>
        ) : null}
        {deliveries.map((delivery) => (
          <tr key={delivery.id} title={delivery.lastError ?? undefined}>
            <th scope="row">{eventLabel(delivery.event)}</th>
            <td>
              <span className={`delivery-status delivery-${delivery.status.toLowerCase()}`}>{STATUS_LABELS[delivery.status]}</span>
            </td>
            <td>{delivery.attempts}</td>
            <td>{delivery.responseStatus ?? '—'}</td>
            <td>{when(delivery.createdAt)}</td>
            <td>
              {delivery.deliveredAt ? when(delivery.deliveredAt) : delivery.nextAttemptAt ? `next ${when(delivery.nextAttemptAt)}` : '—'}
            </td>
            <td className="delivery-error">{delivery.lastError ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
