// GraphiQL at /graphql works on a machine with no internet: every asset comes from the gateway,
// and the opening tab's home-feed query runs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startGateway, type GatewayProcess } from './support/gateway-process.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

describe.skipIf(!environment.canRun)('GraphiQL (Chromium, offline)', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let page: Page;
  const external: string[] = [];

  beforeAll(async () => {
    [gateway, browser] = await Promise.all([startGateway(), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Anything not served by the gateway is refused and recorded, as on a machine with no internet.
    await context.route(/.*/, (route) => {
      const url = route.request().url();
      if (url.startsWith(gateway.url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('loads with no request leaving the machine and runs the ready home-feed query', async () => {
    await page.goto(`${gateway.url}/graphql`);
    const run = page.getByRole('button', { name: /execute query/i }).first();
    await run.waitFor({ timeout: 30_000 });
    // Monaco renders spaces as U+00A0.
    const editorText = async () => (await page.locator('.graphiql-query-editor').textContent())?.replace(/\s/g, ' ');
    await expect.poll(editorText).toContain('query HomeFeed');
    await run.click();
    // Monaco renders only the visible lines: the site title is at the top of the result.
    const responseText = async () => (await page.locator('.graphiql-response').textContent())?.replace(/\s/g, ' ');
    await expect.poll(responseText, { timeout: 15_000 }).toMatch(/"title": "lenatriestounderstand"/);
    await screenshot(page, 'graphiql');
    expect(external).toEqual([]);
  });
});
