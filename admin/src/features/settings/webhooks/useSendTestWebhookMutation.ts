import { useCallback } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

const SendTestWebhookDocument = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(input: { id: $id }) {
      __typename
      ... on SendTestWebhookPayload { delivery { ...WebhookDeliveries_delivery } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * sendTestWebhook: queues a PING delivery to one webhook. `send(webhookId)` resolves to the result
 * union member; the new delivery goes first in that webhook's cached log at once (PENDING), and
 * the page polls while a delivery is pending, so its outcome follows.
 */
export function useSendTestWebhookMutation() {
  const [mutate, state] = useMutation(SendTestWebhookDocument);
  const send = useCallback(
    async (webhookId: string) =>
      (
        await mutate({
          variables: { id: webhookId },
          update(cache, { data }) {
            const result = data?.sendTestWebhook;
            if (result?.__typename !== 'SendTestWebhookPayload') return;
            cache.modify({
              id: cache.identify({ __typename: 'Webhook', id: webhookId }),
              fields: {
                deliveries(existing: readonly Reference[] = [], { toReference }) {
                  const ref = toReference(result.delivery);
                  return ref ? [ref, ...existing.filter((other) => other.__ref !== ref.__ref)] : existing;
                },
              },
            });
          },
        })
      ).data?.sendTestWebhook,
    [mutate],
  );
  return [send, state] as const;
}
