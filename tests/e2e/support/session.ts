// The usual start of a browser test: a real gateway process, Chromium, one 1280×800 page signed
// in as the e2e editor, and an anonymous client of the public API to check results against.
import type { Browser, Page } from 'playwright-core';
import { graphqlClient, signIn, type GraphQL } from './api.ts';
import { launchBrowser } from './browser.ts';
import { startGateway, type GatewayProcess } from './gateway-process.ts';

export interface SignedInSession {
  gateway: GatewayProcess;
  browser: Browser;
  page: Page;
  anonymous: GraphQL;
  /** Closes the browser and stops the gateway. */
  stop(): Promise<void>;
}

/** `gatewayEnv`: extra settings for the gateway process (see startGateway). */
export async function startSignedInSession(options: { gatewayEnv?: Record<string, string> } = {}): Promise<SignedInSession> {
  const [gateway, browser] = await Promise.all([startGateway(options.gatewayEnv ? { env: options.gatewayEnv } : {}), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: gateway.url });
  const page = await context.newPage();
  await signIn(page);
  return {
    gateway,
    browser,
    page,
    anonymous: graphqlClient(gateway.url),
    stop: async () => {
      await browser.close();
      await gateway.stop();
    },
  };
}
