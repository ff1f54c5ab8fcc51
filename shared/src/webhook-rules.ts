import { z } from 'zod';
import { textUpTo } from './text-rules.ts';

/**
 * Validation rules for a webhook, run by the gateway in createWebhook/updateWebhook and by the
 * admin's webhook form beside the fields (same messages). The address check after DNS resolution
 * (no private addresses) is the gateway's alone: it needs the resolver.
 * Limits: 2,048 characters is the URL length browsers and CDNs reliably carry; 500 for a note.
 */
/**
 * urlMax, descriptionMax: characters. webhooksMax: webhooks a site may have, as GitHub allows 20
 * per event on a repository; it bounds the delivery rows one change writes and the cost of
 * `Query.webhooks`.
 */
export const webhookLimits = { urlMax: 2_048, descriptionMax: 500, webhooksMax: 20 } as const;

/** The events a webhook may subscribe to. PING exists only for "send a test event". */
export const subscribableWebhookEvents = [
  'POST_PUBLISHED',
  'POST_UPDATED',
  'POST_UNPUBLISHED',
  'POST_DELETED',
  'FAVORITES_CHANGED',
] as const;
export type SubscribableWebhookEvent = (typeof subscribableWebhookEvents)[number];

/** The `type` of the JSON body for each event (Standard Webhooks names events "<group>.<event>"). */
export const webhookEventTypes = {
  POST_PUBLISHED: 'post.published',
  POST_UPDATED: 'post.updated',
  POST_UNPUBLISHED: 'post.unpublished',
  POST_DELETED: 'post.deleted',
  FAVORITES_CHANGED: 'favorites.changed',
  PING: 'webhook.ping',
} as const;

const webhookUrl = z
  .string()
  .trim()
  .min(1, 'URL is required.')
  .max(webhookLimits.urlMax, `URL must be at most ${webhookLimits.urlMax} characters.`)
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Give an absolute http(s) URL, e.g. "https://example.com/hooks".' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'Only http and https URLs can receive webhooks.' });
    } else if (url.username || url.password) {
      // A secret in the URL would be shown in the admin and logs; the signature authenticates us.
      ctx.addIssue({ code: 'custom', message: 'The URL cannot carry a user name or password.' });
    } else if (url.hash) {
      ctx.addIssue({ code: 'custom', message: 'The URL cannot have a fragment (#…).' });
    }
  });

const webhookEvents = z
  .array(z.enum(subscribableWebhookEvents, { error: 'This event cannot be subscribed to.' }))
  .min(1, 'Choose at least one event.')
  .refine((events) => new Set(events).size === events.length, 'An event appears more than once.');

/** createWebhook's input: `url`, `events`, optional `description` (empty → none). */
export const createWebhookSchema = z.object({
  url: webhookUrl,
  events: webhookEvents,
  description: textUpTo('Description', webhookLimits.descriptionMax, { trim: true }).nullish(),
});

/** updateWebhook's input: only the fields given change. */
export const updateWebhookSchema = createWebhookSchema.partial().extend({ enabled: z.boolean().optional() });

export type CreateWebhookFields = z.infer<typeof createWebhookSchema>;
export type UpdateWebhookFields = z.infer<typeof updateWebhookSchema>;
