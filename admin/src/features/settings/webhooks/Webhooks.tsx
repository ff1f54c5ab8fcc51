import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSiteTimeZone } from '../../../app/site/useSiteTimeZone';
import { splitResult, thrownMessage } from '../../../apollo/mutationResult';
import { Dialog } from '../../../components/Dialog';
import { formatDate } from '../../../components/formatDate';
import { SecretOnceDialog } from '../../../components/SecretOnceDialog';
import { WebhooksDocument } from './documents';
import { eventLabel } from './events';
import { NewWebhookForm } from './NewWebhookForm';
import { useDeleteWebhookMutation } from './useDeleteWebhookMutation';
import { useSendTestWebhookMutation } from './useSendTestWebhookMutation';
import { useUpdateWebhookMutation } from './useUpdateWebhookMutation';
import { WebhookDeliveries } from './WebhookDeliveries';
import './webhooks.css';

/**
 * Settings → Webhooks: create one (its signing secret is shown once, in a dialog), switch it on
 * or off, delete it (after a confirmation), send a test event, and read the delivery log of the
 * selected one.
 */
export function Webhooks() {
  const { data, error } = useQuery(WebhooksDocument);
  const timeZone = useSiteTimeZone();
  const [updateWebhook] = useUpdateWebhookMutation();
  const [deleteWebhook] = useDeleteWebhookMutation();
  const [sendTest] = useSendTestWebhookMutation();
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; url: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const webhooks = data?.webhooks ?? [];
  const selected = webhooks.find((webhook) => webhook.id === selectedId) ?? webhooks[0] ?? null;

  /** Runs a webhook mutation; a typed error or a throw lands in the page's alert. */
  const attempt = async <R extends { __typename: string; message?: string }>(run: () => Promise<R | null | undefined>) => {
    try {
      const outcome = splitResult(await run());
      setProblem(outcome.ok ? null : (outcome.error.message ?? 'Not done.'));
      return outcome.ok;
    } catch (e) {
      setProblem(thrownMessage(e));
      return false;
    }
  };

  return (
    <div className="detail-form">
      <h2>Webhooks</h2>
      <p className="form-status">
        Each event is POSTed as JSON to the webhook's URL, signed with its secret (Standard Webhooks: <code>webhook-id</code>,{' '}
        <code>webhook-timestamp</code>, <code>webhook-signature</code> headers); failed deliveries are retried with back-off.
      </p>
      <NewWebhookForm
        onCreated={(webhook) => {
          setCreated(webhook);
          setSelectedId(webhook.id);
        }}
      />
      {error ? (
        <p role="alert" className="pane-error">
          Could not load the webhooks: {error.message}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <table className="token-table" aria-label="Webhooks">
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">Events</th>
            <th scope="col">Created</th>
            <th scope="col">Enabled</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {webhooks.length === 0 ? (
            <tr>
              <td colSpan={5} className="pane-note">
                No webhooks yet.
              </td>
            </tr>
          ) : null}
          {webhooks.map((webhook) => (
            <tr key={webhook.id} aria-selected={webhook.id === selected?.id}>
              <th scope="row">
                <span className="webhook-url">{webhook.url}</span>
                {webhook.description ? <span className="webhook-description">{webhook.description}</span> : null}
              </th>
              <td>{webhook.events.map(eventLabel).join(', ')}</td>
              <td>{formatDate(webhook.createdAt, timeZone)}</td>
              <td>
                <input
                  type="checkbox"
                  checked={webhook.enabled}
                  aria-label={`Enabled: ${webhook.url}`}
                  onChange={(e) => {
                    const enabled = e.target.checked;
                    void attempt(async () => {
                      const result = await updateWebhook({
                        variables: { input: { id: webhook.id, enabled } },
                        optimisticResponse: {
                          __typename: 'Mutation',
                          updateWebhook: { __typename: 'UpdateWebhookPayload', webhook: { ...webhook, enabled } },
                        },
                      });
                      return result.data?.updateWebhook;
                    });
                  }}
                />
              </td>
              <td className="webhook-actions">
                <button
                  type="button"
                  className="button"
                  aria-pressed={webhook.id === selected?.id}
                  onClick={() => setSelectedId(webhook.id)}
                >
                  Deliveries
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setSelectedId(webhook.id);
                    void attempt(() => sendTest(webhook.id));
                  }}
                >
                  Send test event
                </button>
                <button
                  type="button"
                  className="button destructive"
                  aria-label={`Delete ${webhook.url}`}
                  onClick={() => setDeleting({ id: webhook.id, url: webhook.url })}
                >
                  Delete…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected ? (
        <>
          <h3 className="webhook-log-title">Deliveries to {selected.url}</h3>
          <WebhookDeliveries key={selected.id} webhookId={selected.id} url={selected.url} timeZone={timeZone} />
        </>
      ) : null}
      {created ? (
        <SecretOnceDialog
          title="Webhook created"
          secret={created.secret}
          lost="it verifies the signatures of this webhook's deliveries. If you lose it, delete the webhook and create a new one."
          onClose={() => setCreated(null)}
        />
      ) : null}
      {deleting ? (
        <Dialog title="Delete webhook?" onClose={() => setDeleting(null)}>
          <p>
            <code>{deleting.url}</code> receives no more events, and its delivery log is deleted with it. This cannot be undone.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setDeleting(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="button destructive"
              onClick={async () => {
                const ok = await attempt(async () => (await deleteWebhook({ variables: { id: deleting.id } })).data?.deleteWebhook);
                if (ok) setDeleting(null);
              }}
            >
              Delete webhook
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
