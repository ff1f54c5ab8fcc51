// Webhook deliveries in the gateway process (server/src/main.ts): the worker starts with the
// gateway, sends right after a commit, and a delivery left pending by a stopped gateway is sent by
// the next start. Embedded database in its own temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '#shared/errors.ts';
import { freePort, spawnGateway, waitFor, type GatewayProcess } from '../support/gateway-process.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gateway-webhooks-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
let port = 0;
const running: GatewayProcess[] = [];
// A gateway a failing test left running would hold its port and data folder.
afterAll(() => {
  for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGKILL');
});
const admin = { email: 'hooks@example.com', password: 'a long webhook password' };

function startGateway() {
  const run = spawnGateway({
    DATA_DIR: dataDir,
    PORT: String(port),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    WEBHOOK_ALLOW_PRIVATE: 'on',
    WEBHOOK_RETRY_BASE_MS: '500',
  });
  running.push(run);
  return {
    ready: waitFor(() => run.output().includes('gateway ready'), 90_000).catch(() => {
      throw new Error(`gateway did not start:\n${run.output()}`);
    }),
    stop: () => {
      run.child.kill('SIGTERM');
      return run.exited;
    },
    output: run.output,
  };
}

async function signIn(): Promise<Record<string, string>> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }',
      variables: { e: admin.email, p: admin.password },
    }),
  });
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, [CSRF_HEADER]: '1', 'content-type': 'application/json' };
}

/** POSTs an operation (a raw HTTP client, as a script would be) and returns its data as `T`; throws on errors. */
async function gql<T>(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

type CreatedPost = { createPost: { post: { id: string } } };

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
  port = await freePort();
});
afterEach(() => receiver.close());

describe('webhook deliveries in the gateway process', () => {
  it('sends right after the commit, and a delivery pending when the gateway stopped is sent after the next start', async () => {
    let gateway = startGateway();
    await gateway.ready;
    const editor = await signIn();
    const created = await gql<{ createWebhook: { webhook: { id: string } } }>(
      editor,
      'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { ... on CreateWebhookPayload { webhook { id } } } }',
      {
        i: { url: receiver.url, events: ['POST_PUBLISHED'] },
      },
    );
    expect(created.createWebhook.webhook.id).toBeTruthy();
    const createPost =
      'mutation($t: String!) { createPost(input: { title: $t, kind: SHORT, summary: "S." }) { ... on CreatePostPayload { post { id } } } }';
    const publish = 'mutation($id: ID!) { publishPost(input: { id: $id }) { __typename } }';

    const first = (await gql<CreatedPost>(editor, createPost, { t: 'Sent at once' })).createPost.post.id;
    const sentAt = Date.now();
    await gql(editor, publish, { id: first }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${gateway.output().slice(-3000)}`);
    });
    const [request] = await receiver.waitFor(1);
    console.log(`first delivery arrived ${request!.at - sentAt} ms after publishPost was sent`);
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'post.published', data: { id: first, title: 'Sent at once' } });

    // The receiver is down (500) when the next post is published; then the gateway stops.
    receiver.script.push(500);
    const second = (await gql<CreatedPost>(editor, createPost, { t: 'Sent after a restart' })).createPost.post.id;
    await gql(editor, publish, { id: second });
    await receiver.waitFor(2);
    expect(await gateway.stop()).toBe(0);
    const db = new PGlite(path.join(dataDir, 'pglite'));
    const pending = await db.query<{ attempts: number; status: string }>(
      `SELECT attempts, status FROM "WebhookDelivery" ORDER BY "createdAt" DESC LIMIT 1`,
    );
    await db.close();
    expect(pending.rows).toEqual([{ attempts: 1, status: 'PENDING' }]);

    gateway = startGateway();
    await gateway.ready;
    const requests = await receiver.waitFor(3, 20_000);
    expect(requests[2]!.headers['webhook-id']).toBe(requests[1]!.headers['webhook-id']);
    expect(JSON.parse(requests[2]!.body)).toMatchObject({ type: 'post.published', data: { id: second } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.requests).toHaveLength(3);
    expect(await gateway.stop()).toBe(0);
  }, 180_000);
});
