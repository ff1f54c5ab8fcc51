import { graphql } from '../../../__generated__';

/** What the webhooks table shows of each webhook. */
export const WebhookFieldsFragment = graphql(`
  fragment Webhooks_webhook on Webhook {
    id
    url
    description
    events
    enabled
    createdAt
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

/** Every webhook, oldest first. */
export const WebhooksDocument = graphql(`
  query Webhooks {
    webhooks { ...Webhooks_webhook }
  }
`);

/**
 * The newest 20 deliveries of one webhook. Asked for the selected webhook only: the same
 * selection on every webhook of the list costs more than the gateway's cost limit allows.
 */
export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($id: ID!) {
    node(id: $id) {
      id
      ... on Webhook { deliveries(first: 20) { ...WebhookDeliveries_delivery } }
    }
  }
`);
