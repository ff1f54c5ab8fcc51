// The scheduler in real gateway processes (server/src/main.ts): a post falls due while the gateway
// is stopped and is published once at the next start; with the gateway running and no traffic at
// all it is published within 5 s of its time; on PostgreSQL, two gateways on one database publish
// each scheduled post exactly once. The measured delays are printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../server/src/db/seed.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { freePort, postAsEditor, signInOverHttp, spawnGateway, waitFor, type GatewayProcess } from '../support/gateway-process.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

// Webhooks go to a receiver on 127.0.0.1, so private addresses are allowed in these processes.
const ADMIN = { ADMIN_EMAIL: 'scheduler@example.com', ADMIN_PASSWORD: 'a long scheduler password', WEBHOOK_ALLOW_PRIVATE: 'on' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client of one running gateway, signed in as the editor. */
async function editorClient(port: number) {
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const cookie = await signInOverHttp(endpoint, { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD });
  /** POSTs as the editor; `T` is the shape of `data` the caller expects. */
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => postAsEditor<T>(endpoint, cookie, query, variables);
  return {
    gql,
    /** Subscribes `url` to post.published. */
    async subscribe(url: string): Promise<void> {
      const created = await gql<{ createWebhook: { __typename: string } }>(
        'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { __typename } }',
        { i: { url, events: ['POST_PUBLISHED'] } },
      );
      expect(created.createWebhook.__typename).toBe('CreateWebhookPayload');
    },
    /** Creates a draft and schedules it for `at`; returns its global id and version once scheduled. */
    async schedule(title: string, at: Date): Promise<{ id: string; version: number }> {
      const created = await gql<{ createPost: { post: { id: string } } }>(
        'mutation($i: CreatePostInput!) { createPost(input: $i) { ... on CreatePostPayload { post { id } } ... on Error { message } } }',
        { i: { title, kind: 'SHORT', summary: 'Scheduled by a test.', body: 'Soon.' } },
      );
      const id = created.createPost.post.id;
      const published = await gql<{ publishPost: { post: { status: string; version: number } } }>(
        'mutation($i: PublishPostInput!) { publishPost(input: $i) { ... on PublishPostPayload { post { status version } } ... on Error { message } } }',
        { i: { id, publishedAt: at.toISOString() } },
      );
      expect(published.publishPost.post.status).toBe('SCHEDULED');
      return { id, version: published.publishPost.post.version };
    },
    async post(id: string) {
      type Row = { status: string; version: number; publishedAt: string; updatedAt: string };
      return (
        await gql<{ node: Row }>('query($id: ID!) { node(id: $id) { ... on Post { status version publishedAt updatedAt } } }', { id })
      ).node;
    },
  };
}

/** The scheduler's log lines ("published a scheduled post") across `processes`, for the post `dbId`. */
const publications = (processes: GatewayProcess[], dbId: string) =>
  processes.flatMap((p) => p.logs()).filter((line) => line.msg === 'published a scheduled post' && line.post === dbId);

/** The database id inside a Post global id. */
const dbIdOf = (globalId: string) =>
  Buffer.from(globalId, 'base64')
    .toString()
    .replace(/^Post:/, '');

/** The post.published deliveries `receiver` got for the post with global id `id`, and their webhook-ids. */
function deliveriesOf(receiver: WebhookReceiver, id: string) {
  return receiver.requests
    .map((request) => ({ webhookId: request.headers['webhook-id'], at: request.at, body: JSON.parse(request.body) }))
    .filter((request) => request.body.type === 'post.published' && request.body.data.id === id);
}

async function stop(run: GatewayProcess): Promise<void> {
  if (run.child.exitCode !== null) return;
  run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
}

describe('on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scheduling-process-'));
  const running: GatewayProcess[] = [];
  let receiver: WebhookReceiver | undefined;
  afterAll(async () => {
    for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGKILL');
    await receiver?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes without traffic within 5 s; a post due while stopped is published once at the next start', async () => {
    const port = await freePort();
    const env = { ...ADMIN, DATA_DIR: dataDir, PORT: String(port) };
    const first = spawnGateway(env);
    running.push(first);
    await waitFor(() => first.output().includes('gateway ready'), 60_000);
    const editor = await editorClient(port);
    receiver = await startWebhookReceiver();
    await editor.subscribe(receiver.url);

    // Running, and nobody asks anything: the job alone publishes it.
    const liveAt = new Date(Date.now() + 2_000);
    const live = await editor.schedule('Process: Published While Running', liveAt);
    await waitFor(() => publications([first], dbIdOf(live.id)).length > 0, 8_000);
    const [liveLine] = publications([first], dbIdOf(live.id));
    const liveDelay = liveLine!.delayMs as number;

    // Due while stopped: scheduled 2 s ahead, the gateway stopped at once, started after the time.
    const dueAt = new Date(Date.now() + 2_000);
    const due = await editor.schedule('Process: Due While Stopped', dueAt);
    await stop(first);
    await sleep(Math.max(0, dueAt.getTime() - Date.now()) + 500);
    const second = spawnGateway(env);
    running.push(second);
    const startedAt = Date.now();
    await waitFor(() => publications([second], dbIdOf(due.id)).length > 0, 60_000);
    const caughtUpMs = Date.now() - startedAt;
    const logTime = (msg: RegExp) => second.logs().find((line) => msg.test(String(line.msg)))?.time as number;
    const afterReadyMs = logTime(/published a scheduled post/) - logTime(/gateway ready/);
    // One more interval and a bit: nothing publishes it again.
    await sleep(1_500);

    const after = await (await editorClient(port)).post(due.id);
    expect(after.status).toBe('PUBLISHED');
    expect(after.version).toBe(due.version + 1);
    expect(publications([first, second], dbIdOf(due.id))).toHaveLength(1);
    expect((await editor.post(live.id)).version).toBe(live.version + 1);
    // One post.published delivery per post, the one due while stopped sent by the second process.
    await waitFor(() => deliveriesOf(receiver!, due.id).length > 0, 10_000);
    expect(deliveriesOf(receiver, live.id)).toHaveLength(1);
    expect(deliveriesOf(receiver, due.id)).toHaveLength(1);
    const deliveredMs = deliveriesOf(receiver, live.id)[0]!.at - liveAt.getTime();
    const restartDelay = Date.parse(after.updatedAt) - Date.parse(after.publishedAt);
    console.info(
      `scheduler, one process on PGlite: published ${liveDelay} ms after its time while running (interval 1000 ms, no traffic), its post.published delivery arrived ${deliveredMs} ms after its time; ` +
        `a post due while stopped was published ${restartDelay} ms after its time (stopped through it), ${caughtUpMs} ms after the restart began (${afterReadyMs} ms after "gateway ready")`,
    );
    expect(liveDelay).toBeGreaterThanOrEqual(0);
    expect(liveDelay).toBeLessThan(5_000);
    await stop(second);
  }, 120_000);
});

describe.skipIf(testDatabaseKind !== 'postgres')('two gateway processes on one PostgreSQL', () => {
  let db: TestDatabase | undefined;
  const running: GatewayProcess[] = [];
  let receiver: WebhookReceiver | undefined;
  afterAll(async () => {
    for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGKILL');
    await receiver?.close();
    await db?.close();
  });

  it('each scheduled post is published exactly once, within 5 s of its time, and its post.published delivered once', async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
    const ports = [await freePort(), await freePort()];
    // One after the other: both would otherwise create the first editor at the same time.
    for (const port of ports) {
      const run = spawnGateway({ ...ADMIN, DATABASE_URL: db.url!, PORT: String(port) });
      running.push(run);
      await waitFor(() => run.output().includes('gateway ready'), 60_000);
    }
    const editor = await editorClient(ports[0]!);
    receiver = await startWebhookReceiver();
    await editor.subscribe(receiver.url);
    const at = new Date(Date.now() + 2_000);
    const posts = [];
    for (let i = 0; i < 6; i++) posts.push(await editor.schedule(`Process: Two Gateways ${i}`, new Date(at.getTime() + i * 50)));
    const ids = posts.map((p) => dbIdOf(p.id));

    await waitFor(async () => (await db!.prisma.post.count({ where: { id: { in: ids }, status: 'PUBLISHED' } })) === ids.length, 15_000);
    await receiver.waitFor(ids.length, 15_000);
    // Two more intervals: a second publication would show by now.
    await sleep(2_500);
    const rows = await db.prisma.post.findMany({ where: { id: { in: ids } } });
    const delays: number[] = [];
    for (const [i, post] of posts.entries()) {
      const row = rows.find((r) => r.id === ids[i])!;
      expect(row.status).toBe('PUBLISHED');
      expect(row.version).toBe(post.version + 1);
      expect(publications(running, ids[i]!)).toHaveLength(1);
      expect(deliveriesOf(receiver, post.id)).toHaveLength(1);
      delays.push(row.updatedAt.getTime() - row.publishedAt!.getTime());
    }
    const byProcess = running.map((run) => run.logs().filter((line) => line.msg === 'published a scheduled post').length);
    // Each delivery attempted once in all: distinct webhook-ids, as many as posts.
    expect(new Set(receiver.requests.map((request) => request.headers['webhook-id'])).size).toBe(ids.length);
    expect(receiver.requests).toHaveLength(ids.length);
    console.info(
      `scheduler, two processes on PostgreSQL: delays after the scheduled time ${delays.join(', ')} ms (max ${Math.max(...delays)}); publications per process ${byProcess.join(' + ')}`,
    );
    expect(Math.max(...delays)).toBeLessThan(5_000);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    for (const run of running) await stop(run);
  }, 120_000);
});
