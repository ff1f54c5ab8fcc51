import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { WebhooksDocument } from './documents';

const CreateWebhookDocument = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on CreateWebhookPayload { secret webhook { ...Webhooks_webhook } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** createWebhook; the new webhook goes last in the cached list (the gateway lists oldest first). Its secret is only in the answer. */
export function useCreateWebhookMutation() {
  return useMutation(CreateWebhookDocument, {
    update(cache, { data }) {
      const result = data?.createWebhook;
      if (result?.__typename !== 'CreateWebhookPayload') return;
      cache.updateQuery({ query: WebhooksDocument }, (list) => (list ? { ...list, webhooks: [...list.webhooks, result.webhook] } : list));
    },
  });
}
