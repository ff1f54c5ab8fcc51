import { webhookEventTypes } from '#shared/webhook-rules.ts';
import type { Post, Prisma, WebhookEvent } from '../__generated__/prisma/client.ts';
import { globalIdOf } from './ids.ts';
import { defaultSite } from './site.ts';
import { isPublicPost, publicPostWhere } from './visibility.ts';

type Tx = Prisma.TransactionClient;

/** What the outbox reads of a post. */
type PostFacts = Pick<Post, 'id' | 'slug' | 'title' | 'status'>;

/**
 * What the outbox reads of a post change: PostChange of post-changes.ts (which calls the outbox, so
 * its type is not imported back here) fits it.
 */
export interface PublicPostChange {
  /** PostChangeKind: created, updated, restored, published, scheduled, unpublished, deleted. */
  kind: string;
  before: PostFacts | null;
  after: PostFacts | null;
}

/**
 * The JSON body of a delivery, fixed when it is enqueued (a retry sends the same bytes):
 * `{ type: "post.published" | …, timestamp: ISO-8601 instant of the change, data }`.
 * Post events: data `{ id (global Post id), slug, path "/posts/<slug>", url (site baseUrl + path), title }`;
 * favorites: data `{ postIds: [global Post ids of the published favorites, in order] }`;
 * ping: data `{ webhookId }`.
 */
export interface WebhookBody {
  type: (typeof webhookEventTypes)[WebhookEvent];
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * The event a post change means to a webhook receiver (a public site or newsletter), or null
 * when nothing public changed: `published` from another state → POST_PUBLISHED; a change while
 * PUBLISHED (`updated`, `restored`, or re-`published` with a new date) → POST_UPDATED; leaving
 * PUBLISHED (`unpublished`, `scheduled`) → POST_UNPUBLISHED; `deleted` while PUBLISHED →
 * POST_DELETED. Drafts and scheduled posts are invisible to the public, so their changes (and
 * `created`, always a draft) say nothing.
 */
export function postEventOf(change: PublicPostChange): WebhookEvent | null {
  const wasPublic = change.before ? isPublicPost(change.before) : false;
  const isPublic = change.after ? isPublicPost(change.after) : false;
  switch (change.kind) {
    case 'published':
      return wasPublic ? 'POST_UPDATED' : 'POST_PUBLISHED';
    case 'updated':
    case 'restored':
      return isPublic ? 'POST_UPDATED' : null;
    case 'unpublished':
    case 'scheduled':
      return wasPublic ? 'POST_UNPUBLISHED' : null;
    case 'deleted':
      return wasPublic ? 'POST_DELETED' : null;
    default:
      return null;
  }
}

async function siteBaseUrl(tx: Tx): Promise<string> {
  const site = await tx.site.findUnique({ where: { id: 1 }, select: { baseUrl: true } });
  return site?.baseUrl ?? defaultSite.baseUrl;
}

function postData(post: PostFacts, baseUrl: string) {
  const path = `/posts/${post.slug}`;
  return { id: globalIdOf('Post', post.id), slug: post.slug, path, url: `${baseUrl}${path}`, title: post.title };
}

/** Writes one PENDING delivery of `event` per enabled webhook subscribed to it; `data` is built only if there is one. */
async function enqueue(tx: Tx, event: WebhookEvent, data: () => Promise<Record<string, unknown>>): Promise<number> {
  const webhooks = await tx.webhook.findMany({ where: { enabled: true, events: { has: event } }, select: { id: true } });
  if (!webhooks.length) return 0;
  const payload: WebhookBody = { type: webhookEventTypes[event], timestamp: new Date().toISOString(), data: await data() };
  const { count } = await tx.webhookDelivery.createMany({
    data: webhooks.map((webhook) => ({ webhookId: webhook.id, event, payload: payload as unknown as Prisma.InputJsonObject })),
  });
  return count;
}

/**
 * The outbox side of a post write: in the write's own transaction `tx` (so a rolled-back write
 * leaves no delivery, and a committed one always has its deliveries), one delivery per enabled
 * webhook subscribed to the change's event ({@link postEventOf}). Costs one SELECT when no
 * webhook listens. The delivery worker (jobs/webhook-deliveries.ts) sends them after the commit.
 */
export async function enqueuePostEvents(tx: Tx, change: PublicPostChange): Promise<void> {
  const event = postEventOf(change);
  const post = change.after ?? change.before;
  if (!event || !post) return;
  await enqueue(tx, event, async () => postData(post, await siteBaseUrl(tx)));
}

/** The published favorites' post ids (database ids) in order: the list as readers see it. */
export async function publicFavoriteIds(tx: Tx): Promise<string[]> {
  const favorites = await tx.favorite.findMany({
    where: { post: publicPostWhere() },
    orderBy: { position: 'asc' },
    select: { postId: true },
  });
  return favorites.map((favorite) => favorite.postId);
}

/**
 * FAVORITES_CHANGED after a change of the favorites list, in that change's transaction `tx`, when
 * the list readers see differs from `before` (publicFavoriteIds read earlier in `tx`; null: it
 * changed for sure). Adding, removing or moving a draft or scheduled favorite changes nothing
 * public and sends nothing. Data `{ postIds }`: the published favorites in order, as global ids.
 */
export async function enqueueFavoritesChanged(tx: Tx, before: readonly string[] | null): Promise<void> {
  const now = await publicFavoriteIds(tx);
  if (before && before.length === now.length && before.every((id, i) => id === now[i])) return;
  await enqueue(tx, 'FAVORITES_CHANGED', async () => ({ postIds: now.map((id) => globalIdOf('Post', id)) }));
}

/** A PING delivery to webhook `webhookId` (whatever its events or state), for "send a test event". */
export async function enqueuePing(tx: Tx, webhookId: string) {
  const payload: WebhookBody = {
    type: webhookEventTypes.PING,
    timestamp: new Date().toISOString(),
    data: { webhookId: globalIdOf('Webhook', webhookId) },
  };
  return tx.webhookDelivery.create({ data: { webhookId, event: 'PING', payload: payload as unknown as Prisma.InputJsonObject } });
}
