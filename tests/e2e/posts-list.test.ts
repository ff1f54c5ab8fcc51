// The posts list in a real browser against the real gateway: ranked search as you type (with
// excerpts), the kind/status filters, infinite scroll over keyset pages, and staying responsive with 500 posts loaded.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrafts, editorApi, signIn, type GraphQL } from './support/api.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startGateway, type GatewayProcess } from './support/gateway-process.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

const SEED_POSTS = 16; // prisma/content/posts.json: 4 shorts, 12 long reads, all published
const EXTRA_DRAFTS = 40; // shorts, so the first page (30) cannot hold them all

describe.skipIf(!environment.canRun)('posts list (Chromium)', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let page: Page;
  let api: GraphQL;

  beforeAll(async () => {
    [gateway, browser] = await Promise.all([startGateway(), launchBrowser()]);
    api = await editorApi(gateway.url);
    await createDrafts(api, { prefix: 'Extra draft', count: EXTRA_DRAFTS });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: gateway.url })).newPage();
    await signIn(page);
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  const options = () => page.getByRole('listbox', { name: 'Posts' }).getByRole('option');
  const count = () => page.getByRole('region', { name: 'Posts' }).locator('.pane-count').textContent();
  const search = () => page.getByRole('searchbox', { name: 'Search posts' });

  it('searches as words are typed ("geometry" → 2 ranked matches with marked excerpts), keeps the status filter, and widens again', async () => {
    await search().pressSequentially('geometry', { delay: 30 });
    await expect.poll(() => options().count()).toBe(2);
    expect([...(await options().locator('.post-row-title').allTextContents())].sort()).toEqual([
      'Embeddings: How Geometry Pretends to Be Meaning',
      'How Text Became Geometry',
    ]);
    expect(await count()).toBe('2 matches');
    const marked = await options().locator('.post-row-highlight mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((word) => /^geometr/i.test(word))).toBe(true);
    await screenshot(page, 'admin-posts-filtered');
    // The seed's posts are all published: searching drafts only finds nothing.
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Drafts' });
    await expect.poll(count).toBe('0 matches');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });
    await search().fill('');
    await expect.poll(count).toBe(`${SEED_POSTS + EXTRA_DRAFTS} posts`);
  });

  it('filters by status and kind', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Published' });
    await expect.poll(count).toBe(`${SEED_POSTS} posts`);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Shorts' });
    await expect.poll(count).toBe('4 posts');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Drafts' });
    await expect.poll(count).toBe(`${EXTRA_DRAFTS} posts`);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'All kinds' });
    await expect.poll(count).toBe(`${SEED_POSTS + EXTRA_DRAFTS} posts`);
  });

  it('loads the next page when the end of the list scrolls into view', async () => {
    await expect.poll(() => options().count()).toBe(30);
    expect(await page.getByRole('button', { name: 'Load more' }).isVisible()).toBe(true);
    await page
      .getByRole('region', { name: 'Posts' })
      .locator('.pane-scroll')
      .evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => options().count()).toBe(SEED_POSTS + EXTRA_DRAFTS);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  it('stays responsive with 500 posts loaded (↑/↓ selection)', async () => {
    await createDrafts(api, { prefix: 'Bulk draft', count: 500 - SEED_POSTS - EXTRA_DRAFTS });
    await page.reload();
    const scroller = page.getByRole('region', { name: 'Posts' }).locator('.pane-scroll');
    for (let guard = 0; guard < 30 && (await options().count()) < 500; guard += 1) {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(150);
    }
    expect(await options().count()).toBe(500);
    await options().nth(250).click();
    // Each ↓: from the key press to the next option being selected and painted.
    const timings = await page.evaluate(async () => {
      const listbox = document.querySelector('[role="listbox"]')!;
      const result: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const before = listbox.querySelector('[aria-selected="true"]');
        const start = performance.now();
        (document.activeElement as HTMLElement).dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true }),
        );
        while (listbox.querySelector('[aria-selected="true"]') === before) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
        result.push(performance.now() - start);
      }
      return result.sort((a, b) => a - b);
    });
    const median = timings[10]!;
    console.log(`posts list, 500 rows: ↓ median ${median.toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms`);
    expect(median).toBeLessThan(100);
  });
});
