import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '../../../components/formatDate';
import { WebhookDeliveriesDocument } from './documents';
import { eventLabel } from './events';

/** How often (ms) the log asks again while a delivery is pending: a retry's outcome shows without a reload. */
const PENDING_POLL_MS = 2000;

const STATUS_LABELS = { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Failed' } as const;

/**
 * A webhook's delivery log, newest first: event, status, attempts, the receiver's HTTP status,
 * when it was queued and delivered (site's clocks), and for a pending retry when the next attempt
 * is due; a failure's reason is its last cell. Asks again every 2 s while a delivery is pending.
 */
export function WebhookDeliveries({ webhookId, url, timeZone }: { webhookId: string; url: string; timeZone: string | undefined }) {
  const { data, error, startPolling, stopPolling } = useQuery(WebhookDeliveriesDocument, { variables: { id: webhookId } });
  const deliveries = data?.node?.__typename === 'Webhook' ? data.node.deliveries : [];
  const isPending = deliveries.some((delivery) => delivery.status === 'PENDING');
  useEffect(() => {
    if (!isPending) return;
    startPolling(PENDING_POLL_MS);
    return () => stopPolling();
  }, [isPending, startPolling, stopPolling]);
  if (error)
    return (
      <p role="alert" className="pane-error">
        Could not load the deliveries: {error.message}
      </p>
    );
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
          <tr key={delivery.id}>
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
