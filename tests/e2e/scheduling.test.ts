// Scheduling in a real browser against the real gateway: a draft scheduled from the editor for a
// date and time on the SITE's clocks (Asia/Kolkata, UTC+5:30, whatever the browser's zone) is
// stored as the right instant, stays hidden from readers, reads "Scheduled for …" in the list and
// the editor and under the Scheduled filter; "Copy preview link" puts a link on the clipboard that
// shows it to anyone holding it; Unschedule makes it a draft again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApi, type GraphQL } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startSignedInSession, type SignedInSession } from './support/session.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

const ZONE = 'Asia/Kolkata'; // UTC+5:30 all year (no DST): 09:30 there is 04:00 UTC

describe.skipIf(!environment.canRun)('scheduling (Chromium)', () => {
  let session: SignedInSession;
  let page: Page;
  let editor: GraphQL;

  beforeAll(async () => {
    session = await startSignedInSession();
    page = session.page;
    editor = await editorApi(session.gateway.url);
    await editor(`mutation($z: String!) { updateSite(input: { timeZone: $z }) { __typename } }`, { z: ZONE });
  });

  afterAll(() => session?.stop());

  it("schedules a draft for 09:30 on the site's clocks: stored as that instant, hidden from readers, “Scheduled for …” in list and editor, previewable by link; Unschedule → draft", async () => {
    const title = `Scheduled e2e ${Date.now()}`;
    const created = await editor(
      `mutation($t: String!) { createPost(input: { kind: SHORT, title: $t, summary: "Goes out later.", body: "Later." }) {
        ... on CreatePostPayload { post { id slug } } } }`,
      { t: title },
    );
    const { id, slug } = created.createPost.post as { id: string; slug: string };
    const day = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
    const expected = `${day}T04:00:00.000Z`;

    await page.goto(`/admin/posts/${encodeURIComponent(id)}`);
    const pane = page.getByRole('region', { name: 'Editor' });
    await pane.getByRole('button', { name: 'Schedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule publication' });
    expect(await dialog.textContent()).toContain(ZONE);
    await dialog.getByLabel('Date').fill(day);
    await dialog.getByLabel('Time').fill('09:30');
    await screenshot(page, 'admin-schedule-dialog');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.waitFor({ state: 'detached' });

    const stored = async () =>
      (await editor('query($id: ID!) { node(id: $id) { ... on Post { status publishedAt } } }', { id })).node as {
        status: string;
        publishedAt: string | null;
      };
    await expect.poll(stored).toEqual({ status: 'SCHEDULED', publishedAt: expected });
    expect((await session.anonymous('query($s: String!) { post(slug: $s) { id } }', { s: slug })).post).toBeNull();

    // What the page must show: the instant on the site's clocks, as the browser formats it.
    const shown = await page.evaluate(
      ([iso, timeZone]) =>
        new Intl.DateTimeFormat(undefined, {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZoneName: 'short',
          timeZone,
        }).format(new Date(iso)),
      [expected, ZONE] as const,
    );
    expect(shown).toMatch(/09:30/);
    await expect.poll(() => pane.locator('header').first().textContent()).toContain(`Scheduled for ${shown}`);
    const row = page.getByRole('listbox', { name: 'Posts' }).getByRole('option', { name: new RegExp(`^${title}`) });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain(`Scheduled for ${shown}`);
    await screenshot(page, 'admin-post-scheduled');

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Scheduled' });
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Posts' }).getByRole('option').allTextContents())
      .toEqual([expect.stringContaining(title)]);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });

    // A reviewer's link: on the clipboard, and it shows the scheduled post to anyone holding it.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.gateway.url });
    await pane.getByRole('button', { name: 'Copy preview link' }).click();
    await expect
      .poll(async () => (await pane.getByRole('status').filter({ hasText: 'Preview link' }).textContent()) ?? '')
      .toMatch(/^Preview link copied; it works until .+: https?:\/\/\S+\/preview\/[A-Za-z0-9_-]{43}$/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/preview\/[\w-]+$/);
    const preview = await session.anonymous('query($t: String!) { preview(token: $t) { title status } }', { t: link.split('/').pop() });
    expect(preview.preview).toEqual({ title, status: 'SCHEDULED' });

    await pane.getByRole('button', { name: 'Unschedule' }).click();
    await expect.poll(stored).toEqual({ status: 'DRAFT', publishedAt: null });
    await pane.getByRole('button', { name: 'Schedule…' }).waitFor();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Draft');
  });
});
