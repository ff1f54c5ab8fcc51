// Background work on several gateways (issue #12): two real gateway processes on one PostgreSQL
// run the scheduler, the webhook deliveries and the session cleanup side by side. Each scheduled
// post is published once, each delivery reaches the receiver once, each expired session is
// deleted once, and a delivery whose gateway is killed mid-attempt (SIGKILL: no cleanup at all) is
// sent by the other gateway once its lease has expired. PostgreSQL only (TEST_DATABASE_URL):
// PGlite is one process. The figures are printed.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../server/src/db/seed.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { freePort, postAsEditor, signInOverHttp, spawnGateway, waitFor, type GatewayProcess } from '../support/gateway-process.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

const ADMIN = { ADMIN_EMAIL: 'jobs@example.com', ADMIN_PASSWORD: 'a long background password' };
// Short enough for a test: an attempt may take 2 s, a claim lasts 4 s.
const LEASE_MS = 4_000;
const JOB_ENV = {
  ...ADMIN,
  WEBHOOK_ALLOW_PRIVATE: 'on',
  WEBHOOK_TIMEOUT_MS: '2000',
  WEBHOOK_LEASE_MS: String(LEASE_MS),
  WEBHOOK_RETRY_BASE_MS: '500',
  SESSION_CLEANUP_INTERVAL_MS: '1000',
  // Every anonymous and editor request of this file comes from 127.0.0.1.
  RATE_LIMIT_PER_MINUTE: '0',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The log lines with message `msg` of each process, in `running` order. */
const linesOf = (running: GatewayProcess[], msg: string) => running.map((run) => run.logs().filter((line) => line.msg === msg));

/** The database id inside a Post global id. */
const dbIdOf = (globalId: string) =>
  Buffer.from(globalId, 'base64')
    .toString()
    .replace(/^Post:/, '');

/**
 * The pid among `pids` holding the TCP connection whose local port is `port` (the remote port the
 * receiver saw): /proc/net/tcp gives the socket's inode, /proc/<pid>/fd the process holding it.
 */
function pidOfConnection(port: number, pids: number[]): number | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hex}`)) inodes.add(fields[9]!);
    }
  }
  return pids.find((pid) =>
    readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '');
      } catch {
        return false;
      }
    }),
  );
}

describe.skipIf(testDatabaseKind !== 'postgres')('background jobs, two gateway processes on one PostgreSQL', () => {
  let db: TestDatabase;
  let receiver: WebhookReceiver;
  const running: GatewayProcess[] = [];
  const ports: number[] = [];
  let cookie = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    receiver = await startWebhookReceiver();
    // One after the other: two first starts at once would both create the first editor.
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const run = spawnGateway({ ...JOB_ENV, DATABASE_URL: db.url!, PORT: String(port) });
      running.push(run);
      ports.push(port);
      await waitFor(() => run.output().includes('gateway ready'), 60_000).catch(() => {
        throw new Error(`gateway did not start:\n${run.output()}`);
      });
    }
    cookie = await signInOverHttp(`http://127.0.0.1:${ports[0]}/graphql`, { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD });
  }, 150_000);

  afterAll(async () => {
    for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGKILL');
    await Promise.all(running.map((run) => run.exited));
    await receiver?.close();
    await db?.close();
  });

  /** POSTs as the editor to gateway `i`; `T` is the shape of `data` the caller expects. */
  function gql<T>(i: number, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return postAsEditor<T>(`http://127.0.0.1:${ports[i]}/graphql`, cookie, query, variables);
  }

  /** `count` enabled webhooks to the receiver (`?hook=<i>` tells them apart), subscribed to `events`. */
  async function webhooks(count: number, events: ('POST_PUBLISHED' | 'PING')[], tag: string) {
    const created = [];
    for (let i = 0; i < count; i++) {
      created.push(
        await db.prisma.webhook.create({
          data: { url: `${receiver.url}?${tag}=${i}`, events, secret: `whsec_${randomBytes(24).toString('base64')}` },
        }),
      );
    }
    return created;
  }

  it('N scheduled posts due at the same instant: each published exactly once, its post.published delivered once', async () => {
    const N = 30;
    const [hook] = await webhooks(1, ['POST_PUBLISHED'], 'scheduled');
    // Due together, a few seconds from now (time to schedule them all): both schedulers' passes race for the same rows.
    const at = new Date(Date.now() + 8_000);
    const posts: { id: string; version: number }[] = [];
    for (let i = 0; i < N; i++) {
      const created = await gql<{ createPost: { post: { id: string } } }>(
        i % 2,
        'mutation($i: CreatePostInput!) { createPost(input: $i) { ... on CreatePostPayload { post { id } } } }',
        { i: { title: `Jobs: Scheduled ${i}`, kind: 'SHORT', summary: 'Scheduled by the jobs test.', body: 'Soon.' } },
      );
      const scheduled = await gql<{ publishPost: { post: { status: string; version: number } } }>(
        i % 2,
        'mutation($i: PublishPostInput!) { publishPost(input: $i) { ... on PublishPostPayload { post { status version } } } }',
        { i: { id: created.createPost.post.id, publishedAt: at.toISOString() } },
      );
      expect(scheduled.publishPost.post.status).toBe('SCHEDULED');
      posts.push({ id: created.createPost.post.id, version: scheduled.publishPost.post.version });
    }
    expect(Date.now()).toBeLessThan(at.getTime());
    const ids = posts.map((post) => dbIdOf(post.id));

    await waitFor(async () => (await db.prisma.post.count({ where: { id: { in: ids }, status: 'PUBLISHED' } })) === N, 20_000);
    await waitFor(
      async () => (await db.prisma.webhookDelivery.count({ where: { webhookId: hook!.id, status: 'DELIVERED' } })) === N,
      30_000,
    );
    // Two more scheduler and worker intervals: a second publication or delivery would show by now.
    await sleep(2_500);

    const rows = await db.prisma.post.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
    for (const [i, post] of posts.entries()) expect(rows.find((row) => row.id === ids[i])?.version).toBe(post.version + 1);
    const published = linesOf(running, 'published a scheduled post').map((lines) =>
      lines.filter((line) => ids.includes(line.post as string)),
    );
    expect(published.flat()).toHaveLength(N);
    expect(new Set(published.flat().map((line) => line.post)).size).toBe(N);
    // The post.published requests: one per post, N distinct webhook-ids, no second attempt.
    const requests = receiver.requests.filter((request) => request.body.includes('post.published'));
    expect(requests).toHaveLength(N);
    expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(N);
    const postIds = requests.map((request) => (JSON.parse(request.body) as { data: { id: string } }).data.id).sort();
    expect(postIds).toEqual(posts.map((post) => post.id).sort());
    console.info(
      `jobs, two processes: ${N} posts due at one instant → ${N} publications (per process ${published.map((l) => l.length).join(' + ')}), ${requests.length} post.published deliveries, ${new Set(requests.map((r) => r.headers['webhook-id'])).size} distinct`,
    );
  }, 120_000);

  it('M pending deliveries to 20 webhooks: each reaches the receiver exactly once, the two workers sharing them', async () => {
    const M = 200;
    const hooks = await webhooks(20, ['PING'], 'shared');
    const before = receiver.requests.length;
    // A receiver that takes 100 ms per answer: one worker alone (10 attempts in flight) would need
    // 2 s, twice the other's poll interval, so the other finds work whichever polled first.
    receiver.script.push(...Array.from({ length: M }, () => -100));
    const startedAt = Date.now();
    // Written straight into the outbox (as a burst of events would): no commit in either process
    // wakes its worker, so both find them on their own polls.
    await db.prisma.webhookDelivery.createMany({
      data: Array.from({ length: M }, (_, i) => ({
        webhookId: hooks[i % hooks.length]!.id,
        event: 'PING' as const,
        payload: { type: 'ping', timestamp: new Date().toISOString(), data: { n: i } },
      })),
    });
    const ids = (
      await db.prisma.webhookDelivery.findMany({ where: { webhookId: { in: hooks.map((h) => h.id) } }, select: { id: true } })
    ).map((d) => d.id);
    expect(ids).toHaveLength(M);
    await waitFor(async () => (await db.prisma.webhookDelivery.count({ where: { id: { in: ids }, status: 'DELIVERED' } })) === M, 60_000);
    const elapsedMs = Date.now() - startedAt;
    await sleep(2_500);

    const requests = receiver.requests.slice(before);
    expect(requests).toHaveLength(M);
    expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(M);
    expect(requests.map((request) => request.headers['webhook-id']).sort()).toEqual([...ids].sort());
    const rows = await db.prisma.webhookDelivery.findMany({ where: { id: { in: ids } }, select: { attempts: true, lockedUntil: true } });
    expect(rows.filter((row) => row.attempts !== 1 || row.lockedUntil !== null)).toEqual([]);
    const attempts = linesOf(running, 'webhook delivery attempted').map((lines) =>
      lines.filter((line) => ids.includes(line.delivery as string)),
    );
    expect(attempts.flat()).toHaveLength(M);
    // Both workers took part: neither sat idle while the other sent everything.
    expect(attempts.map((lines) => lines.length > 0)).toEqual([true, true]);
    console.info(
      `jobs, two processes: ${M} deliveries to 20 webhooks (receiver 100 ms each) → ${requests.length} requests, ${new Set(requests.map((r) => r.headers['webhook-id'])).size} distinct webhook-ids, per process ${attempts.map((l) => l.length).join(' + ')}, all delivered ${elapsedMs} ms after they were written`,
    );
  }, 120_000);

  it('expired sessions are deleted once between the two cleanups; live sessions stay signed in', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: ADMIN.ADMIN_EMAIL } });
    const EXPIRED = 1_200;
    const before = linesOf(running, 'deleted expired sessions').map((lines) => lines.length);
    await db.prisma.session.createMany({
      data: Array.from({ length: EXPIRED }, (_, i) => ({
        userId: user.id,
        tokenHash: `expired-${i}`,
        expiresAt: new Date(Date.now() - 1_000 - i),
      })),
    });
    const live = await db.prisma.session.count({ where: { expiresAt: { gt: new Date() } } });
    expect(live).toBeGreaterThan(0);
    await waitFor(async () => (await db.prisma.session.count({ where: { expiresAt: { lte: new Date() } } })) === 0, 15_000);
    await sleep(1_500);
    const deleted = linesOf(running, 'deleted expired sessions').map((lines, i) =>
      lines.slice(before[i]).reduce((sum, line) => sum + (line.deleted as number), 0),
    );
    expect(deleted.reduce((a, b) => a + b, 0)).toBe(EXPIRED);
    expect(await db.prisma.session.count()).toBe(live);
    // The editor's session (created by the sign-in above) still signs in through both gateways.
    for (const i of [0, 1])
      expect((await gql<{ viewer: { email: string } | null }>(i, '{ viewer { email } }')).viewer?.email).toBe(ADMIN.ADMIN_EMAIL);
    console.info(
      `jobs, two processes: ${EXPIRED} expired sessions deleted once in all (per process ${deleted.join(' + ')}), ${live} live kept`,
    );
  }, 60_000);

  it('SIGKILL of the gateway mid-delivery: the other sends it once the lease expires, and it is recorded once', async () => {
    const [hook] = await webhooks(1, ['PING'], 'killed');
    const before = receiver.requests.length;
    // The first attempt hangs (answered after 30 s, long after its sender is dead); later ones get 200.
    receiver.script.length = 0;
    receiver.script.push(-30_000);
    const delivery = await db.prisma.webhookDelivery.create({
      data: { webhookId: hook!.id, event: 'PING', payload: { type: 'ping', timestamp: new Date().toISOString(), data: { killed: true } } },
    });
    const [first] = (await receiver.waitFor(before + 1, 10_000)).slice(before);
    expect(first!.headers['webhook-id']).toBe(delivery.id);
    const claimed = await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(claimed.lockedUntil).not.toBeNull();

    const pids = running.map((run) => run.child.pid!);
    const senderPid = pidOfConnection(first!.remotePort!, pids);
    expect(senderPid).toBeDefined();
    const victim = running.find((run) => run.child.pid === senderPid)!;
    const survivor = running.find((run) => run !== victim)!;
    victim.child.kill('SIGKILL');
    await victim.exited;
    const killedAt = Date.now();

    const [second] = (await receiver.waitFor(before + 2, LEASE_MS + 10_000)).slice(before + 1);
    expect(second!.headers['webhook-id']).toBe(delivery.id);
    expect(second!.body).toBe(first!.body);
    // Not before the claim the dead gateway held had expired (both clocks are this machine's).
    expect(second!.at).toBeGreaterThanOrEqual(claimed.lockedUntil!.getTime());
    await waitFor(
      async () => (await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status === 'DELIVERED',
      10_000,
    );
    await sleep(2_000);
    expect(receiver.requests.slice(before)).toHaveLength(2);
    const row = await db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    // The killed attempt was never recorded: one attempt on record, by the survivor.
    expect(row).toMatchObject({ status: 'DELIVERED', attempts: 1, responseStatus: 200, lockedUntil: null });
    expect(survivor.logs().filter((line) => line.msg === 'webhook delivery attempted' && line.delivery === delivery.id)).toHaveLength(1);
    console.info(
      `jobs, SIGKILL mid-delivery (lease ${LEASE_MS} ms): the other gateway sent it ${second!.at - first!.at} ms after the first attempt began (${second!.at - killedAt} ms after the kill); 2 requests, 1 recorded attempt`,
    );
  }, 60_000);
});
