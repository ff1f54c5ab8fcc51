// The admin shell in a real browser against the real gateway: sign-in, the posts list from the
// seed, keyboard navigation, command palette, shortcut help, themes, sign-out.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { E2E_EDITOR, startGateway, type GatewayProcess } from './support/gateway-process.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

const seedTitles: string[] = JSON.parse(readFileSync('prisma/content/posts.json', 'utf8')).posts.map((p: { title: string }) => p.title);

describe.skipIf(!environment.canRun)('admin shell (Chromium)', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [gateway, browser] = await Promise.all([startGateway(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: gateway.url });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  const path = () => new URL(page.url()).pathname;

  it('shows a wrong password beside the field, then signs in to the posts from the seed', async () => {
    await page.goto('/');
    expect(path()).toBe('/admin/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(E2E_EDITOR.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // A refused sign-in answers after a password hash (~0.7 s here) and the failure delay (0.25 s).
    await expect.poll(() => page.getByLabel('Password').getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect(await page.getByRole('alert').first().textContent()).toMatch(/email or password|credentials/i);

    await page.getByLabel('Password').fill(E2E_EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const posts = page.getByRole('listbox', { name: 'Posts' });
    await posts.getByRole('option').first().waitFor();
    const titles = await posts.locator('.post-row-title').allTextContents();
    expect(titles.sort()).toEqual([...seedTitles].sort());
    expect(await page.getByRole('status', { name: 'Status' }).textContent()).toContain(`Signed in as ${E2E_EDITOR.email}`);
  });

  it('keeps the session and the selected post across a reload (the URL holds the place)', async () => {
    const list = page.getByRole('listbox', { name: 'Posts' });
    await list.getByRole('option').first().click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(path).toMatch(/^\/admin\/posts\/[^/]+$/);
    const selected = await list.getByRole('option', { selected: true }).locator('.post-row-title').textContent();
    const placeBefore = path();
    await page.reload();
    await list.getByRole('option', { selected: true }).waitFor();
    expect(path()).toBe(placeBefore);
    expect(await list.getByRole('option', { selected: true }).locator('.post-row-title').textContent()).toBe(selected);
    await page
      .getByRole('region', { name: 'Editor' })
      .getByRole('heading', { name: selected ?? '' })
      .waitFor();
  });

  it('moves through the sidebar with the arrow keys', async () => {
    await page.getByRole('link', { name: 'All posts' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(path).toBe('/admin/posts/long-reads');
    expect(await page.getByRole('link', { name: 'Long reads' }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Long reads');
    await page.keyboard.press('ArrowDown');
    await expect.poll(path).toBe('/admin/posts/shorts');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(path).toBe('/admin/posts');
  });

  it('screenshots the main window in light and dark', async () => {
    await page.getByRole('listbox', { name: 'Posts' }).getByRole('option').first().click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 32, 36)');
      await screenshot(page, `admin-main-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('opens the command palette with Ctrl+K and jumps to Favorites', async () => {
    await page.getByRole('listbox', { name: 'Posts' }).getByRole('option', { selected: true }).focus();
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('favor');
    expect(await palette.getByRole('option').first().textContent()).toContain('Go to Favorites');
    await screenshot(page, 'admin-command-palette');
    await page.keyboard.press('Enter');
    await expect.poll(path).toBe('/admin/favorites');
    expect(await palette.count()).toBe(0);
    await page.getByRole('region', { name: 'Favorites' }).waitFor();
  });

  it('lists every shortcut on "?" and closes with Escape', async () => {
    await page.getByRole('link', { name: 'Favorites' }).focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByRole('rowheader', { name: 'Open the command palette' }).waitFor();
    expect(await help.getByRole('rowheader', { name: /^Save the post/ }).count()).toBe(1);
    await screenshot(page, 'admin-shortcuts');
    await page.keyboard.press('Escape');
    expect(await help.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Favorites');
  });

  it('signs out, and a reload stays signed out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('listbox', { name: 'Posts' }).count()).toBe(0);
  });
});
