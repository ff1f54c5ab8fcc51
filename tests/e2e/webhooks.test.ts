// Webhooks in a real browser against the real gateway and a real receiver on 127.0.0.1 (allowed
// by WEBHOOK_ALLOW_PRIVATE for this gateway only): a webhook created in Settings shows its secret
// once, is listed, and "Send test event" puts a delivery in its log that the receiver gets, signed
// with that secret (verified with standardwebhooks);
// switching it off and deleting it (after a confirmation) reach the API.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApi, type GraphQL } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startSignedInSession, type SignedInSession } from './support/session.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

describe.skipIf(!environment.canRun)('webhooks (Chromium)', () => {
  let session: SignedInSession;
  let page: Page;
  let editor: GraphQL;
  let receiver: Server;
  let receiverUrl: string;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/blog`;
    session = await startSignedInSession({ gatewayEnv: { WEBHOOK_ALLOW_PRIVATE: 'on' } });
    page = session.page;
    editor = await editorApi(session.gateway.url);
  });

  afterAll(async () => {
    await session?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const webhooks = async () =>
    (await editor('{ webhooks { id url description events enabled } }')).webhooks as {
      id: string;
      url: string;
      description: string | null;
      events: string[];
      enabled: boolean;
    }[];

  it('creates a webhook (secret shown once), sends a test event that is delivered, switches it off and deletes it', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('listbox', { name: 'Settings pages' }).getByRole('option', { name: 'Webhooks' }).click();
    const pane = page.getByRole('region', { name: 'Webhooks' });
    const form = pane.getByRole('form', { name: 'New webhook' });
    await form.getByRole('textbox', { name: 'URL' }).fill(receiverUrl);
    await form.getByRole('textbox', { name: 'Description' }).fill('Static site rebuild');
    await form.getByRole('checkbox', { name: 'Post updated' }).check();
    await form.getByRole('button', { name: 'Create webhook' }).click();

    const dialog = page.getByRole('dialog', { name: 'Webhook created' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/shown only once/);
    const secret = await dialog.getByRole('textbox', { name: 'Secret' }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await screenshot(page, 'admin-webhook-created');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    expect(await webhooks()).toEqual([
      expect.objectContaining({
        url: receiverUrl,
        description: 'Static site rebuild',
        events: ['POST_PUBLISHED', 'POST_UPDATED'],
        enabled: true,
      }),
    ]);
    const row = pane.getByRole('table', { name: 'Webhooks' }).getByRole('row', { name: new RegExp(receiverUrl.replace(/[.?]/g, '\\$&')) });
    expect(await row.textContent()).toContain('Post published, Post updated');

    await row.getByRole('button', { name: 'Send test event' }).click();
    const log = pane.getByRole('table', { name: `Deliveries to ${receiverUrl}` });
    const delivery = log.getByRole('row', { name: /^Test event/ });
    await delivery.waitFor();
    await expect.poll(async () => (await delivery.textContent()) ?? '', { timeout: 20_000 }).toContain('Delivered');
    const cells = await delivery.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['Delivered', '1', '200']);
    await screenshot(page, 'admin-webhook-delivered');
    expect(received).toHaveLength(1);
    // Signed with the secret the dialog showed (the receiver's side of Standard Webhooks).
    const { headers, body } = received[0]!;
    expect(new StandardWebhook(secret).verify(body, headers as Record<string, string>)).toMatchObject({ type: 'webhook.ping' });

    await row.getByRole('checkbox', { name: `Enabled: ${receiverUrl}` }).uncheck();
    await expect.poll(async () => (await webhooks())[0]?.enabled).toBe(false);

    await row.getByRole('button', { name: `Delete ${receiverUrl}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete webhook?' });
    await confirm.getByRole('button', { name: 'Delete webhook' }).click();
    await confirm.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    expect(await webhooks()).toEqual([]);
  });
});
