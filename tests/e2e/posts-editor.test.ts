// The post editor in a real browser against the real gateway: create → edit → publish → public
// homeFeed; a taken slug and its suggestion; two editors on one post (conflict → overwrite);
// unsaved edits surviving a reload (local autosave → restore); the preview's Web Worker.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { E2E_EDITOR, startGateway, type GatewayProcess } from './support/gateway-process.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

const seedPosts: { slug: string; title: string }[] = JSON.parse(readFileSync('prisma/content/posts.json', 'utf8')).posts;

describe.skipIf(!environment.canRun)('post editor (Chromium)', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [gateway, browser] = await Promise.all([startGateway(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  /** A fresh browser context (own cookies and localStorage), signed in, on `path`. */
  async function signedInPage(path = '/admin/posts'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, baseURL: gateway.url });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(path);
    await page.getByLabel('Email').fill(E2E_EDITOR.email);
    await page.getByLabel('Password').fill(E2E_EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('listbox', { name: 'Posts' }).getByRole('option').first().waitFor();
    return page;
  }

  /** Anonymous GraphQL, as a public frontend would ask. */
  async function publicQuery<T>(query: string): Promise<T> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  const editor = (page: Page) => page.getByRole('region', { name: 'Editor' });
  const field = (page: Page, label: string) => editor(page).getByLabel(label, { exact: true });
  const path = (page: Page) => new URL(page.url()).pathname;
  const saveState = (page: Page) => page.getByRole('status', { name: 'Status' }).textContent();

  it('creates a draft (Alt+N, Ctrl+S), edits it, publishes it, and the public homeFeed shows it', async () => {
    const page = await signedInPage();
    await page.keyboard.press('Alt+N');
    await expect.poll(() => path(page)).toBe('/admin/posts/new');
    const title = `Editor test ${Date.now()}: Lists & Previews`;
    await field(page, 'Title').fill(title);
    await expect.poll(() => field(page, 'Slug').inputValue()).toMatch(/^editor-test-\d+-lists-and-previews$/);
    await field(page, 'Kind').selectOption({ label: 'Short' });
    expect(await field(page, 'Category').isDisabled()).toBe(true);
    await field(page, 'Tags').fill('e2e-editor');
    await page.keyboard.press('Enter');
    await editor(page).getByRole('button', { name: 'Tag e2e-editor', exact: true }).waitFor();
    await field(page, 'Summary').fill('A short written by the e2e test.');
    await field(page, 'Body').fill('# Hello preview\n\nSome **bold** text.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    const preview = editor(page).getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'Hello preview' }).waitFor();
    await preview.getByRole('table').waitFor();
    expect(await saveState(page)).toContain('Unsaved changes');

    await page.keyboard.press('Control+S');
    await expect.poll(() => path(page)).toMatch(/^\/admin\/posts\/(?!new$)[^/]+$/);
    await expect.poll(() => saveState(page)).toContain('Saved at');
    await page
      .getByRole('listbox', { name: 'Posts' })
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) })
      .waitFor();

    await field(page, 'Summary').fill('A short written — and edited — by the e2e test.');
    await editor(page)
      .getByRole('heading', { name: /unsaved changes/ })
      .waitFor();
    await screenshot(page, 'admin-post-editor');
    await editor(page).getByRole('button', { name: /^Save/ }).click();
    await expect.poll(() => saveState(page)).toContain('Saved at');

    await editor(page).getByRole('button', { name: 'Publish' }).click();
    await editor(page).getByRole('button', { name: 'Unpublish' }).waitFor();
    const feed = await publicQuery<{ homeFeed: { shorts: { edges: { node: { title: string; summary: string } }[] } } }>(
      '{ homeFeed { shorts { edges { node { title summary } } } } }',
    );
    expect(feed.homeFeed.shorts.edges.map((e) => e.node)).toContainEqual({
      title,
      summary: 'A short written — and edited — by the e2e test.',
    });
  });

  it("renders the preview in a Web Worker, and shows the nesting rule's message for a body nested too deeply", async () => {
    const page = await signedInPage();
    await editor(page)
      .getByRole('button', { name: /^New post/ })
      .click();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await field(page, 'Body').fill('> '.repeat(5000) + 'x');
    const preview = editor(page).getByRole('region', { name: 'Preview' });
    const refusal = /^Quotes and lists are nested 5000 levels deep \(line 1\); at most \d+ levels can be shown\.$/;
    await expect.poll(() => preview.getByRole('status').textContent()).toMatch(refusal);
    expect(await field(page, 'Body').getAttribute('aria-invalid')).toBe('true');
    await field(page, 'Body').fill('# Back to *normal*');
    await preview.getByRole('heading', { name: 'Back to normal' }).waitFor();
    expect(workers.some((url) => /markdownPreview\.worker/.test(url))).toBe(true);
  });

  it('shows the suggestion for a taken slug beside the field, and using it saves', async () => {
    const page = await signedInPage();
    await editor(page)
      .getByRole('button', { name: /^New post/ })
      .click();
    const taken = seedPosts[0]!;
    await field(page, 'Title').fill(taken.title);
    await expect.poll(() => field(page, 'Slug').inputValue()).toBe(taken.slug);
    await page.keyboard.press('Control+S');
    const use = editor(page).getByRole('button', { name: `Use ${taken.slug}-2` });
    await use.waitFor();
    expect(await field(page, 'Slug').getAttribute('aria-invalid')).toBe('true');
    expect(await editor(page).getByRole('alert').first().textContent()).toMatch(/taken|use/i);
    await use.click();
    await expect.poll(() => path(page)).toMatch(/^\/admin\/posts\/(?!new$)[^/]+$/);
    expect(await field(page, 'Slug').inputValue()).toBe(`${taken.slug}-2`);
    await expect.poll(() => saveState(page)).toContain('Saved at');
  });

  it('two editors on one post: the second save gets the conflict dialog, and "Overwrite with mine" wins', async () => {
    const first = await signedInPage();
    await first.getByRole('listbox', { name: 'Posts' }).getByRole('option').nth(2).click();
    const postPath = path(first);
    await field(first, 'Title').waitFor();
    const second = await signedInPage(postPath);
    await field(second, 'Title').waitFor();
    const originalTitle = await field(second, 'Title').inputValue();

    await field(first, 'Title').fill(`${originalTitle} (theirs)`);
    await first.keyboard.press('Control+S');
    await expect.poll(() => saveState(first)).toContain('Saved at');

    await field(second, 'Summary').fill('Mine wins.');
    await second.keyboard.press('Control+S');
    const dialog = second.getByRole('dialog', { name: 'This post was changed by someone else' });
    const differences = dialog.getByRole('table', { name: 'Differences' });
    await differences.getByRole('rowheader', { name: 'Title' }).waitFor();
    expect(await differences.getByRole('row').filter({ hasText: 'Title' }).textContent()).toContain(`${originalTitle} (theirs)`);
    expect(await differences.getByRole('row').filter({ hasText: 'Summary' }).textContent()).toContain('Mine wins.');
    await screenshot(second, 'admin-post-conflict');
    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect.poll(() => saveState(second)).toContain('Saved at');
    expect(await dialog.count()).toBe(0);

    await first.reload();
    await expect.poll(() => field(first, 'Summary').inputValue()).toBe('Mine wins.');
    expect(await field(first, 'Title').inputValue()).toBe(originalTitle);
  });

  it('offers to restore unsaved edits after a reload', async () => {
    const page = await signedInPage();
    await page.getByRole('listbox', { name: 'Posts' }).getByRole('option').nth(3).click();
    await field(page, 'Summary').waitFor();
    await field(page, 'Summary').fill('Typed, then the tab reloaded.');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('admin.draft.')).length)).toBe(1);
    page.on('dialog', (dialog) => void dialog.accept()); // "Leave site?" (beforeunload)
    await page.reload();
    const offer = editor(page).getByRole('alert').filter({ hasText: 'Restore unsaved changes from' });
    await offer.waitFor();
    expect(await field(page, 'Summary').inputValue()).not.toBe('Typed, then the tab reloaded.');
    await offer.getByRole('button', { name: 'Restore' }).click();
    expect(await field(page, 'Summary').inputValue()).toBe('Typed, then the tab reloaded.');
    await expect.poll(() => saveState(page)).toContain('Unsaved changes');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
