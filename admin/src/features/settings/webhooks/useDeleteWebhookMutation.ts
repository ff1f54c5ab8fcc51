import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

const DeleteWebhookDocument = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(input: { id: $id }) {
      __typename
      ... on DeleteWebhookPayload { deletedWebhookId }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** deleteWebhook; the webhook (and its deliveries) leave the cache. */
export function useDeleteWebhookMutation() {
  return useMutation(DeleteWebhookDocument, {
    update(cache, { data }) {
      const result = data?.deleteWebhook;
      if (result?.__typename !== 'DeleteWebhookPayload') return;
      cache.evict({ id: cache.identify({ __typename: 'Webhook', id: result.deletedWebhookId }) });
      cache.gc();
    },
  });
}
