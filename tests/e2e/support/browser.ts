// Debian's Chromium through playwright-core (no downloaded browser builds on our machines).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './environment.ts';

export const ARTIFACTS_DIR = path.resolve('tests/artifacts');

/**
 * A headless Chromium. playwright-core gives every launch a fresh temporary profile (it passes
 * its own --user-data-dir and refuses one in `args`), so no state leaks between runs.
 * --disable-quic etc. keep the browser from talking to anything but the gateway.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-window screenshot to tests/artifacts/<name>.png (gitignored; CI keeps them). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
