// The webhook operations the webhook tests send, as the admin would send them.
import { graphql } from '../__generated__/index.ts';

export const WEBHOOK_FIELDS = graphql(`fragment WebhookFields on Webhook { id url description events enabled createdAt }`);
export const CREATE_WEBHOOK = graphql(`
  mutation TestCreateWebhook($input: CreateWebhookInput!) {
    result: createWebhook(input: $input) {
      __typename
      ... on CreateWebhookPayload { secret webhook { ...WebhookFields } }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`);
export const UPDATE_WEBHOOK = graphql(`
  mutation TestUpdateWebhook($input: UpdateWebhookInput!) {
    result: updateWebhook(input: $input) {
      __typename
      ... on UpdateWebhookPayload { webhook { ...WebhookFields } }
      ... on ValidationError { fieldErrors { path message } }
      ... on NotFoundError { resource }
    }
  }
`);
export const DELETE_WEBHOOK = graphql(`
  mutation TestDeleteWebhook($input: WebhookRefInput!) {
    result: deleteWebhook(input: $input) { __typename ... on DeleteWebhookPayload { deletedWebhookId } ... on NotFoundError { resource } }
  }
`);
export const SEND_TEST_WEBHOOK = graphql(`
  mutation TestSendTestWebhook($input: WebhookRefInput!) {
    result: sendTestWebhook(input: $input) {
      __typename
      ... on SendTestWebhookPayload { delivery { id event status attempts nextAttemptAt } }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`);
export const WEBHOOKS = graphql(`query TestWebhooks { webhooks { ...WebhookFields deliveries(first: 5) { id event status } } }`);

export const ADD_FAVORITE_FOR_WEBHOOK = graphql(`
  mutation TestWebhookAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }
`);
