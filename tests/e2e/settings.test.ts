// Settings in a real browser against the real gateway: the site's title changed in the form (and
// saved with Ctrl+S) shows in the public `site` query; an API token created in the UI works as a
// Bearer credential from outside the browser until it is revoked in the UI, then gets 401; a time
// zone saved here changes the calendar day the posts list shows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQL } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startSignedInSession, type SignedInSession } from './support/session.ts';
import type { GatewayProcess } from './support/gateway-process.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

describe.skipIf(!environment.canRun)('settings (Chromium)', () => {
  let session: SignedInSession;
  let gateway: GatewayProcess;
  let page: Page;
  let anonymous: GraphQL;

  beforeAll(async () => {
    session = await startSignedInSession();
    ({ gateway, page, anonymous } = session);
  });

  afterAll(() => session?.stop());

  /** The viewer query with a bearer token, as a script would send it (no cookie, no CSRF header). */
  const asScript = (secret: string) =>
    fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });

  it('shows field errors, then saves a new title with Ctrl+S and the public site query has it', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Site settings' });
    const title = form.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue()).toBe((await anonymous('{ site { title } }')).site.title);

    await form.getByRole('textbox', { name: 'Base URL' }).fill('not a url');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('textbox', { name: 'Base URL' }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('alert').textContent()).toMatch(/absolute http\(s\) URL/);
    await form.getByRole('textbox', { name: 'Base URL' }).fill('https://lena.example/');

    await title.fill('Lena tries to understand');
    expect(await page.getByRole('status', { name: 'Status' }).textContent()).toContain('Unsaved changes');
    await screenshot(page, 'admin-settings');
    await page.keyboard.press('Control+S');
    await expect
      .poll(async () => (await anonymous('{ site { title baseUrl } }')).site)
      .toEqual({ title: 'Lena tries to understand', baseUrl: 'https://lena.example' });
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Saved');
    expect(await form.getByRole('textbox', { name: 'Base URL' }).inputValue()).toBe('https://lena.example');
  });

  it('creates an API token whose secret is shown once and works as Bearer, then revokes it → 401', async () => {
    await page.getByRole('listbox', { name: 'Settings pages' }).getByRole('option', { name: 'API tokens' }).click();
    const pane = page.getByRole('region', { name: 'API tokens' });
    await pane.getByRole('textbox', { name: 'Token name' }).fill('e2e script');
    await pane.getByRole('button', { name: 'Create token' }).click();

    const dialog = page.getByRole('dialog', { name: 'API token “e2e script” created' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/shown only once/);
    const secret = await dialog.getByRole('textbox', { name: 'Secret' }).inputValue();
    expect(secret).toMatch(/^gwt_/);
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Copied|Copy failed/);
    await screenshot(page, 'admin-api-token-created');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Never shown again: not in the page, not after a reload.
    expect(await page.content()).not.toContain(secret);

    const working = await asScript(secret);
    expect(working.status).toBe(200);
    expect((await working.json()).data.viewer).not.toBeNull();

    const row = pane.getByRole('row', { name: /^e2e script/ });
    expect(await row.textContent()).toContain('Active');
    await row.getByRole('button', { name: 'Revoke e2e script' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke token “e2e script”?' });
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toContain('Revoked');

    expect((await asScript(secret)).status).toBe(401);
    await page.reload();
    await pane.getByRole('row', { name: /^e2e script/ }).waitFor();
    expect(await page.content()).not.toContain(secret);
  });
  it("shows post dates on the site's calendar: a zone saved in Settings moves an 11:00 UTC publish to the next day in the list", async () => {
    const { posts } = await anonymous('{ posts(first: 1) { edges { node { title publishedAt } } } }');
    const { title, publishedAt } = posts.edges[0].node as { title: string; publishedAt: string };
    const zone = 'Pacific/Kiritimati'; // UTC+14: the seed's 11:00–11:20 UTC instants fall on the next day there
    // The date as the browser writes it in a zone: the list must show exactly this text.
    const shown = (timeZone: string) =>
      page.evaluate(
        ([iso, tz]) =>
          new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: tz }).format(new Date(iso)),
        [publishedAt, timeZone] as const,
      );
    const [inUtc, inZone] = [await shown('UTC'), await shown(zone)];
    expect(inZone).not.toBe(inUtc);
    const row = () =>
      page
        .getByRole('listbox', { name: 'Posts' })
        .getByRole('option', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .first();

    await page.getByRole('link', { name: 'All posts' }).click();
    await expect.poll(async () => (await row().textContent()) ?? '').toContain(inUtc); // the seed's zone is UTC

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('listbox', { name: 'Settings pages' }).getByRole('option', { name: 'Site' }).click();
    const form = page.getByRole('form', { name: 'Site settings' });
    await form.getByRole('combobox', { name: 'Time zone' }).fill(zone);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await anonymous('{ site { timeZone } }')).site.timeZone).toBe(zone);

    await page.getByRole('link', { name: 'All posts' }).click();
    await expect.poll(async () => (await row().textContent()) ?? '').toContain(inZone);
  });
});
