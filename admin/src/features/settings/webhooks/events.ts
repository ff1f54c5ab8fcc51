import type { WebhookEvent } from '../../../__generated__/graphql';

/**
 * The events a webhook can subscribe to, in the order the form lists them, with their labels.
 * PING is left out: only "Send test event" sends it, to any webhook.
 */
export const SUBSCRIBABLE_EVENTS: readonly { event: WebhookEvent; label: string }[] = [
  { event: 'POST_PUBLISHED', label: 'Post published' },
  { event: 'POST_UPDATED', label: 'Post updated' },
  { event: 'POST_UNPUBLISHED', label: 'Post unpublished' },
  { event: 'POST_DELETED', label: 'Post deleted' },
  { event: 'FAVORITES_CHANGED', label: 'Favorites changed' },
];

/** An event's label (PING reads "Test event"). */
export function eventLabel(event: WebhookEvent): string {
  return SUBSCRIBABLE_EVENTS.find((e) => e.event === event)?.label ?? 'Test event';
}
