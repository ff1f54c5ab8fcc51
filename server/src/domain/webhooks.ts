import { randomBytes } from 'node:crypto';
import { createWebhookSchema, updateWebhookSchema, webhookLimits } from '#shared/webhook-rules.ts';
import type { PrismaClient, WebhookEvent } from '../__generated__/prisma/client.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { assertPublicHost, WebhookAddressError } from './webhook-address.ts';
import { enqueuePing } from './webhook-outbox.ts';

/** What webhook management needs besides the database: whether private addresses are allowed (WEBHOOK_ALLOW_PRIVATE). */
export interface WebhookPolicy {
  allowPrivate: boolean;
}

/**
 * A new signing secret in the Standard Webhooks form: "whsec_" + base64 of 32 random bytes
 * (the specification asks for 24 to 64 bytes).
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * Refuses a URL whose host is not public (after DNS resolution) unless the policy allows it.
 * @throws ValidationError at ["input", "url"].
 */
async function assertReachable(url: string, policy: WebhookPolicy): Promise<void> {
  if (policy.allowPrivate) return;
  try {
    await assertPublicHost(new URL(url));
  } catch (error) {
    if (error instanceof WebhookAddressError) {
      throw ValidationError.field(
        ['input', 'url'],
        `${error.message} Webhooks go to public addresses only (the gateway's operator can allow private ones with WEBHOOK_ALLOW_PRIVATE=on).`,
      );
    }
    throw error;
  }
}

/**
 * Creates an enabled webhook and its signing secret, returned only here (it is stored in clear,
 * since signing needs it, but no API reads it back).
 * @throws ValidationError (url, events, description; a host that is not public or does not resolve;
 *   already webhookLimits.webhooksMax webhooks).
 */
export async function createWebhook(
  prisma: PrismaClient,
  input: { url: string; events: readonly WebhookEvent[]; description?: string | null },
  policy: WebhookPolicy,
) {
  const parsed = createWebhookSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  await assertReachable(parsed.data.url, policy);
  if ((await prisma.webhook.count()) >= webhookLimits.webhooksMax) {
    throw ValidationError.field(['input'], `A site has at most ${webhookLimits.webhooksMax} webhooks: delete one first.`);
  }
  const secret = newWebhookSecret();
  const webhook = await prisma.webhook.create({
    data: { url: parsed.data.url, events: parsed.data.events, description: parsed.data.description || null, secret },
  });
  return { webhook, secret };
}

/**
 * Changes the fields given (url, events, description — empty clears it —, enabled). Deliveries
 * already enqueued keep their body; they go to the webhook's URL as it is when they are sent.
 * @throws NotFoundError, ValidationError (as createWebhook).
 */
export async function updateWebhook(
  prisma: PrismaClient,
  input: { id: string; url?: string; events?: readonly WebhookEvent[]; description?: string | null; enabled?: boolean },
  policy: WebhookPolicy,
) {
  const { id, ...fields } = input;
  const parsed = updateWebhookSchema.safeParse(fields);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  if (parsed.data.url !== undefined) await assertReachable(parsed.data.url, policy);
  const { url, events, description, enabled } = parsed.data;
  const data = {
    ...(url !== undefined && { url }),
    ...(events !== undefined && { events }),
    ...(enabled !== undefined && { enabled }),
    ...(description !== undefined && { description: description || null }),
  };
  // Nothing to change is no error: the webhook as it is (an UPDATE of no column would match no row).
  if (Object.keys(data).length > 0) await prisma.webhook.updateMany({ where: { id }, data });
  const webhook = await prisma.webhook.findUnique({ where: { id } });
  if (!webhook) throw new NotFoundError('Webhook', id);
  return webhook;
}

/** Deletes a webhook and its delivery log (pending deliveries are dropped). @throws NotFoundError. */
export async function deleteWebhook(prisma: PrismaClient, input: { id: string }): Promise<void> {
  const { count } = await prisma.webhook.deleteMany({ where: { id: input.id } });
  if (count === 0) throw new NotFoundError('Webhook', input.id);
}

/**
 * Enqueues a PING delivery ("send a test event"); the delivery worker sends it at once.
 * @throws NotFoundError; ValidationError at ["input", "id"] for a disabled webhook (nothing is sent to it).
 */
export async function sendTestWebhook(prisma: PrismaClient, input: { id: string }) {
  return prisma.$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id: input.id }, select: { enabled: true } });
    if (!webhook) throw new NotFoundError('Webhook', input.id);
    if (!webhook.enabled) throw ValidationError.field(['input', 'id'], 'The webhook is disabled: enable it to send a test event.');
    return enqueuePing(tx, input.id);
  });
}
