import { graphql } from '../../../__generated__';

/** What the webhooks page shows of each webhook (its delivery log included). */
export const WebhookFieldsFragment = graphql(`
  fragment Webhooks_webhook on Webhook {
    id
    url
    description
    events
    enabled
    createdAt
    deliveries(first: 20) { ...WebhookDeliveries_delivery }
  }
`);

/** One row of a webhook's delivery log. */
export const WebhookDeliveryFragment = graphql(`
  fragment WebhookDeliveries_delivery on WebhookDelivery {
    id
    event
    status
    attempts
    responseStatus
    lastError
    createdAt
    deliveredAt
    nextAttemptAt
  }
`);

/** Every webhook (oldest first) with its newest 20 deliveries. */
export const WebhooksDocument = graphql(`
  query Webhooks {
    webhooks { ...Webhooks_webhook }
  }
`);
