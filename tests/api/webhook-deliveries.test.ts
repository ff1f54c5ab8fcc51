import { decodeGlobalID } from '@pothos/plugin-relay';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookEvent } from '../../server/src/__generated__/prisma/client.ts';
import { openDatabase } from '../../server/src/db/database.ts';
import { enqueuePostEvents } from '../../server/src/domain/webhook-outbox.ts';
import { postSnapshot } from '../../server/src/domain/post-changes.ts';
import type { PeriodicJob } from '../../server/src/jobs/periodic.ts';
import { startWebhookDeliveries, type WebhookDeliveryOptions } from '../../server/src/jobs/webhook-deliveries.ts';
import { testDatabaseKind } from '../support/database.ts';
import {
  CREATE_POST,
  DELETE_POST,
  editorGateway,
  expectTypename,
  PUBLISH_POST,
  UNPUBLISH_POST,
  UPDATE_POST,
} from '../support/mutations.ts';
import { ADD_FAVORITE_FOR_WEBHOOK, CREATE_WEBHOOK } from '../support/webhook-documents.ts';
import { startWebhookReceiver, type ReceivedRequest, type WebhookReceiver } from '../support/webhook-receiver.ts';

const ctx = editorGateway({ seed: false, config: { webhookAllowPrivate: true } });
const fast: WebhookDeliveryOptions = { timeoutMs: 2000, retryBaseMs: 100, maxAttempts: 5, allowPrivate: true };

let receiver: WebhookReceiver;
let workers: PeriodicJob[];
const failures: unknown[] = [];
beforeEach(async () => {
  receiver = await startWebhookReceiver();
  workers = [];
});
afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await receiver.close();
  await ctx.gw.db.prisma.webhook.deleteMany();
  expect(failures).toEqual([]);
});

function startWorker(options: Partial<WebhookDeliveryOptions> = {}, db = ctx.gw.db) {
  const worker = startWebhookDeliveries(db, { ...fast, ...options, intervalMs: 50, onError: (error) => failures.push(error) });
  workers.push(worker);
  return worker;
}

async function createWebhook(events: WebhookEvent[]) {
  const res = await ctx.editor(CREATE_WEBHOOK, { input: { url: receiver.url, events } });
  const { webhook, secret } = expectTypename(res.body.data!.result, 'CreateWebhookPayload');
  return { id: decodeGlobalID(webhook.id).id, secret };
}

/** The body of a request the receiver got, after checking its Standard Webhooks signature (throws when it does not verify). */
function verified(request: ReceivedRequest, secret: string) {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  return new StandardWebhook(secret).verify(request.body, headers) as { type: string; timestamp: string; data: Record<string, unknown> };
}

async function deliveriesOf(webhookId: string) {
  return ctx.gw.db.prisma.webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: 'asc' } });
}

async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('webhook deliveries', () => {
  it('sends one signed event per public change, with the body of the contract', async () => {
    const { secret } = await createWebhook(['POST_PUBLISHED', 'POST_UPDATED', 'POST_UNPUBLISHED', 'POST_DELETED', 'FAVORITES_CHANGED']);
    startWorker();
    const baseUrl = (await ctx.gw.db.prisma.site.findUnique({ where: { id: 1 } }))?.baseUrl ?? 'http://localhost:4000';
    const types: string[] = [];
    const expectNext = async (type: string | null, change: () => Promise<unknown>) => {
      const before = receiver.requests.length;
      await change();
      if (type === null) {
        // Nothing public changed: no delivery row was written at all.
        await new Promise((resolve) => setTimeout(resolve, 150));
        expect(receiver.requests.length).toBe(before);
        return null;
      }
      const [request] = (await receiver.waitFor(before + 1)).slice(before);
      const body = verified(request!, secret);
      types.push(body.type);
      expect(body.type).toBe(type);
      return body;
    };

    let version = 0;
    let id = '';
    await expectNext(null, async () => {
      const created = await ctx.editor(CREATE_POST, { input: { title: 'Hook me', kind: 'SHORT', summary: 'A summary.', body: 'Hi' } });
      const post = expectTypename(created.body.data!.result, 'CreatePostPayload').post;
      ({ id, version } = post);
    });
    await expectNext(null, async () => {
      version = expectTypename(
        (await ctx.editor(UPDATE_POST, { input: { id, expectedVersion: version, body: 'Draft edit' } })).body.data!.result,
        'UpdatePostPayload',
      ).post.version;
    });
    const published = await expectNext('post.published', async () => {
      version = expectTypename((await ctx.editor(PUBLISH_POST, { input: { id } })).body.data!.result, 'PublishPostPayload').post.version;
    });
    expect(published!.data).toEqual({ id, slug: 'hook-me', path: '/posts/hook-me', url: `${baseUrl}/posts/hook-me`, title: 'Hook me' });
    expect(Date.parse(published!.timestamp)).toBeGreaterThan(Date.now() - 60_000);
    await expectNext('post.updated', async () => {
      version = expectTypename(
        (await ctx.editor(UPDATE_POST, { input: { id, expectedVersion: version, title: 'Hooked' } })).body.data!.result,
        'UpdatePostPayload',
      ).post.version;
    });
    await expectNext('post.updated', async () => {
      await ctx.editor(PUBLISH_POST, { input: { id, publishedAt: new Date(Date.now() - 3_600_000).toISOString() } });
    });
    // A draft on the favorites list is not on the list readers see: nothing to announce.
    await expectNext(null, async () => {
      const other = await ctx.editor(CREATE_POST, { input: { title: 'Hidden favorite', kind: 'SHORT', summary: 'S.' } });
      const otherId = expectTypename(other.body.data!.result, 'CreatePostPayload').post.id;
      expectTypename((await ctx.editor(ADD_FAVORITE_FOR_WEBHOOK, { id: otherId })).body.data!.result, 'FavoritesPayload');
    });
    await expectNext('favorites.changed', async () => {
      expectTypename((await ctx.editor(ADD_FAVORITE_FOR_WEBHOOK, { id })).body.data!.result, 'FavoritesPayload');
    });
    expect(verified(receiver.requests.at(-1)!, secret).data).toEqual({ postIds: [id] });
    await expectNext('post.unpublished', async () => {
      await ctx.editor(UNPUBLISH_POST, { input: { id } });
    });
    await expectNext(null, async () => {
      const edit = await ctx.editor(UPDATE_POST, { input: { id, expectedVersion: version + 2, body: 'Private again' } });
      expectTypename(edit.body.data!.result, 'UpdatePostPayload');
    });
    await expectNext(null, async () => {
      await ctx.editor(PUBLISH_POST, { input: { id, publishedAt: new Date(Date.now() + 3_600_000).toISOString() } });
    });
    await expectNext('post.published', async () => {
      await ctx.editor(PUBLISH_POST, { input: { id } });
    });
    await expectNext('post.unpublished', async () => {
      // Scheduled again from PUBLISHED: it leaves the public site until its time.
      await ctx.editor(PUBLISH_POST, { input: { id, publishedAt: new Date(Date.now() + 3_600_000).toISOString() } });
    });
    await expectNext('post.published', async () => {
      await ctx.editor(PUBLISH_POST, { input: { id } });
    });
    // Deleting a published favorite changes the post and the public favorites list: two events.
    const beforeDelete = receiver.requests.length;
    expectTypename((await ctx.editor(DELETE_POST, { input: { id } })).body.data!.result, 'DeletePostPayload');
    const lastTwo = (await receiver.waitFor(beforeDelete + 2)).slice(beforeDelete).map((request) => verified(request, secret));
    types.push(...lastTwo.map((body) => body.type));
    expect(lastTwo.map((body) => body.type).sort()).toEqual(['favorites.changed', 'post.deleted']);
    expect(lastTwo.find((body) => body.type === 'post.deleted')!.data).toMatchObject({ id, slug: 'hook-me', path: '/posts/hook-me' });
    expect(lastTwo.find((body) => body.type === 'favorites.changed')!.data).toEqual({ postIds: [] });
    // Each delivery its own id; every one DELIVERED at the first attempt.
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(receiver.requests.length);
    console.log(`events sent: ${types.join(', ')}`);
  });

  it('retries a failing receiver with back-off and the same webhook-id until it answers 2xx', async () => {
    const { id: webhookId, secret } = await createWebhook(['POST_PUBLISHED']);
    receiver.script.push(500, 500);
    startWorker({ retryBaseMs: 200 });
    const created = await ctx.editor(CREATE_POST, { input: { title: 'Flaky receiver', kind: 'SHORT', summary: 'S.' } });
    const { id } = expectTypename(created.body.data!.result, 'CreatePostPayload').post;
    const committedAt = Date.now();
    await ctx.editor(PUBLISH_POST, { input: { id } });

    const requests = await receiver.waitFor(3);
    const [delivery] = await waitUntil(
      () => deliveriesOf(webhookId),
      (rows) => rows[0]?.status === 'DELIVERED',
    );
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 3, responseStatus: 200, lastError: null });
    expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery!.id]));
    for (const request of requests) expect(verified(request, secret).type).toBe('post.published');
    // The same body every time, fixed when the change committed.
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    const gaps = requests.slice(1).map((r, i) => r.at - requests[i]!.at);
    // base·2^(n-1) ±20 %: ~200 ms, then ~400 ms (plus up to one 50 ms poll).
    expect(gaps[0]).toBeGreaterThanOrEqual(160);
    expect(gaps[1]).toBeGreaterThanOrEqual(320);
    console.log(
      `delivery figures (receiver answered 500, 500, 200; WEBHOOK_RETRY_BASE_MS=200): attempts at +${requests
        .map((r) => r.at - committedAt)
        .join(
          ' ms, +',
        )} ms after publishPost was sent; gaps ${gaps.join(' ms, ')} ms; status ${delivery!.status}, attempts ${delivery!.attempts}`,
    );
  });

  it('marks a delivery FAILED after the last attempt', async () => {
    const { id: webhookId } = await createWebhook(['POST_PUBLISHED']);
    receiver.script.push(500, 502, 503, 404, 410, 200);
    startWorker({ retryBaseMs: 10 });
    const { id } = expectTypename(
      (await ctx.editor(CREATE_POST, { input: { title: 'Never there', kind: 'SHORT', summary: 'S.' } })).body.data!.result,
      'CreatePostPayload',
    ).post;
    await ctx.editor(PUBLISH_POST, { input: { id } });
    const [delivery] = await waitUntil(
      () => deliveriesOf(webhookId),
      (rows) => rows[0]?.status === 'FAILED',
    );
    expect(delivery).toMatchObject({ attempts: 5, responseStatus: 410, lastError: 'HTTP 410' });
    expect(receiver.requests).toHaveLength(5);
  });

  it('counts a receiver slower than the timeout as a failed attempt', async () => {
    const { id: webhookId } = await createWebhook(['POST_PUBLISHED']);
    receiver.script.push(-1500);
    startWorker({ timeoutMs: 300, retryBaseMs: 100 });
    const { id } = expectTypename(
      (await ctx.editor(CREATE_POST, { input: { title: 'Slow receiver', kind: 'SHORT', summary: 'S.' } })).body.data!.result,
      'CreatePostPayload',
    ).post;
    await ctx.editor(PUBLISH_POST, { input: { id } });
    await receiver.waitFor(1);
    const [failed] = await waitUntil(
      () => deliveriesOf(webhookId),
      (rows) => rows[0]?.attempts === 1,
    );
    expect(failed).toMatchObject({ status: 'PENDING', responseStatus: null });
    expect(failed!.lastError).toMatch(/within 300 ms/);
    const [delivered] = await waitUntil(
      () => deliveriesOf(webhookId),
      (rows) => rows[0]?.status === 'DELIVERED',
    );
    expect(delivered).toMatchObject({ attempts: 2, responseStatus: 200 });
  });

  it("a slow receiver holds one attempt at a time: the other webhooks' deliveries do not wait behind it", async () => {
    const slow = await startWebhookReceiver();
    try {
      slow.script.push(-1500, -1500, -1500);
      const slowHook = await ctx.editor(CREATE_WEBHOOK, { input: { url: slow.url, events: ['POST_UPDATED'] } });
      expectTypename(slowHook.body.data!.result, 'CreateWebhookPayload');
      await createWebhook(['POST_UPDATED']);
      const { id } = expectTypename(
        (await ctx.editor(CREATE_POST, { input: { title: 'Busy receivers', kind: 'SHORT', summary: 'S.' } })).body.data!.result,
        'CreatePostPayload',
      ).post;
      let { version } = expectTypename((await ctx.editor(PUBLISH_POST, { input: { id } })).body.data!.result, 'PublishPostPayload').post;
      for (const title of ['Busy one', 'Busy two', 'Busy three']) {
        const updated = await ctx.editor(UPDATE_POST, { input: { id, expectedVersion: version, title } });
        version = expectTypename(updated.body.data!.result, 'UpdatePostPayload').post.version;
      }
      startWorker({ timeoutMs: 5_000, batchSize: 3 });
      // Three events for each webhook: the fast receiver has all three while the slow one is
      // still answering its first (1.5 s), which it got once and only once so far.
      await receiver.waitFor(3, 5_000);
      expect(slow.requests).toHaveLength(1);
      await slow.waitFor(3, 10_000);
    } finally {
      await slow.close();
    }
  });

  it('writes no delivery when the change rolls back, and none for a refused mutation', async () => {
    const { id: webhookId } = await createWebhook(['POST_PUBLISHED', 'POST_UPDATED']);
    const { id, version } = expectTypename(
      (await ctx.editor(CREATE_POST, { input: { title: 'Rolled back', kind: 'SHORT', summary: 'S.' } })).body.data!.result,
      'CreatePostPayload',
    ).post;
    const postId = decodeGlobalID(id).id;
    const boom = new Error('the write failed after its change was recorded');
    await expect(
      ctx.gw.db.prisma.$transaction(async (tx) => {
        await tx.post.update({ where: { id: postId }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
        const before = await postSnapshot(tx, postId);
        await enqueuePostEvents(tx, { kind: 'published', before: { ...before!, status: 'DRAFT' }, after: before });
        expect(await tx.webhookDelivery.count({ where: { webhookId } })).toBe(1);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await deliveriesOf(webhookId)).toEqual([]);

    const stale = await ctx.editor(UPDATE_POST, { input: { id, expectedVersion: version - 1, title: 'x' } });
    expectTypename(stale.body.data!.result, 'ConflictError');
    expect(await deliveriesOf(webhookId)).toEqual([]);
  });

  it('reclaims a delivery whose worker died (expired lease) and leaves a live lease alone', async () => {
    const { id: webhookId } = await createWebhook(['POST_PUBLISHED']);
    // The live lease on another webhook: a webhook with an attempt in flight gets no second one.
    const { id: otherWebhookId } = await createWebhook(['POST_PUBLISHED']);
    const payload = { type: 'post.published', timestamp: new Date().toISOString(), data: {} };
    const [orphan, leased] = await Promise.all([
      ctx.gw.db.prisma.webhookDelivery.create({
        data: { webhookId, event: 'POST_PUBLISHED', payload, lockedUntil: new Date(Date.now() - 1000) },
      }),
      ctx.gw.db.prisma.webhookDelivery.create({
        data: { webhookId: otherWebhookId, event: 'POST_PUBLISHED', payload, lockedUntil: new Date(Date.now() + 60_000) },
      }),
    ]);
    startWorker();
    const [request] = await receiver.waitFor(1);
    expect(request!.headers['webhook-id']).toBe(orphan.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.requests).toHaveLength(1);
    expect(await ctx.gw.db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: leased.id } })).toMatchObject({
      status: 'PENDING',
      attempts: 0,
    });
  });

  it('a worker that outlived its lease records nothing: the delivery another worker took over stays DELIVERED, sent no third time', async () => {
    const { id: webhookId } = await createWebhook(['POST_PUBLISHED']);
    // The first attempt hangs past the stalled worker's timeout (a failed attempt); the next gets 200 at once.
    receiver.script.push(-1_500);
    const attempts: { recorded: boolean; status: number | null }[] = [];
    const onAttempt = (attempt: { recorded: boolean; status: number | null }) => attempts.push(attempt);
    // A lease shorter than its own attempt: what a worker frozen past its lease looks like to the others.
    startWorker({ timeoutMs: 600, leaseMs: 200, onAttempt });
    const payload = { type: 'ping', timestamp: new Date().toISOString(), data: {} };
    const delivery = await ctx.gw.db.prisma.webhookDelivery.create({ data: { webhookId, event: 'PING', payload } });
    await receiver.waitFor(1);
    // A second worker starts after the first has claimed it; it may take it once the 200 ms lease is over.
    startWorker({ leaseMs: 5_000, onAttempt });
    const [, second] = await receiver.waitFor(2);
    expect(second!.headers['webhook-id']).toBe(delivery.id);
    // The stalled worker's timeout (600 ms) passes, then a retry's delay (~100 ms) several times over.
    await waitUntil(
      async () => attempts.length,
      (n) => n === 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(attempts).toEqual(
      expect.arrayContaining([
        { delivery: delivery.id, attempt: 1, status: 200, error: null, recorded: true },
        { delivery: delivery.id, attempt: 1, status: null, error: expect.stringContaining('600 ms'), recorded: false },
      ]),
    );
    expect(receiver.requests).toHaveLength(2);
    expect(await ctx.gw.db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      responseStatus: 200,
      lastError: null,
      lockedUntil: null,
    });
  });

  it('without WEBHOOK_ALLOW_PRIVATE, refuses at delivery time an address that became private (DNS rebinding)', async () => {
    // Saved while allowed (or resolving elsewhere then); the worker checks again at every attempt.
    const port = new URL(receiver.url).port;
    const hooks = await Promise.all(
      [`http://localhost:${port}/hook`, `http://127.0.0.1:${port}/hook`, `http://[::ffff:127.0.0.1]:${port}/hook`].map((url) =>
        ctx.gw.db.prisma.webhook.create({ data: { url, events: ['PING'], secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' } }),
      ),
    );
    await ctx.gw.db.prisma.webhookDelivery.createMany({
      data: hooks.map((hook) => ({ webhookId: hook.id, event: 'PING' as const, payload: { type: 'webhook.ping' } })),
    });
    startWorker({ allowPrivate: false, maxAttempts: 5, retryBaseMs: 60_000 });
    const rows = await waitUntil(
      () => ctx.gw.db.prisma.webhookDelivery.findMany({ where: { webhookId: { in: hooks.map((h) => h.id) } } }),
      (found) => found.every((row) => row.attempts === 1),
    );
    for (const row of rows) expect(row.lastError).toMatch(/not a public address/);
    expect(receiver.requests).toHaveLength(0);
  });

  it.skipIf(testDatabaseKind !== 'postgres')('two workers on one PostgreSQL attempt each due delivery once', async () => {
    const { id: webhookId } = await createWebhook(['POST_PUBLISHED']);
    const count = 40;
    await ctx.gw.db.prisma.webhookDelivery.createMany({
      data: Array.from({ length: count }, (_, i) => ({ webhookId, event: 'POST_PUBLISHED' as const, payload: { n: i } })),
    });
    const other = await openDatabase({ databaseUrl: ctx.gw.db.url! });
    try {
      startWorker({ batchSize: 3 });
      startWorker({ batchSize: 3 }, other);
      await receiver.waitFor(count);
      await waitUntil(
        () => ctx.gw.db.prisma.webhookDelivery.count({ where: { webhookId, status: 'DELIVERED' } }),
        (delivered) => delivered === count,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const ids = receiver.requests.map((r) => r.headers['webhook-id']);
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
      expect(await ctx.gw.db.prisma.webhookDelivery.aggregate({ where: { webhookId }, _max: { attempts: true } })).toMatchObject({
        _max: { attempts: 1 },
      });
    } finally {
      await Promise.all(workers.splice(0).map((worker) => worker.stop()));
      await other.close();
    }
  });
});
