import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const UpdateWebhookDocument = graphql(`
  mutation UpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      __typename
      ... on UpdateWebhookPayload { webhook { id url description events enabled } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** updateWebhook (partial); the answer updates the normalized Webhook in place. */
export function useUpdateWebhookMutation() {
  return useMutation(UpdateWebhookDocument);
}
