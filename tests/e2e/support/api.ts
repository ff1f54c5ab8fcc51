// The gateway's public GraphQL API from a browser test: anonymous reads (what readers see) and
// editor requests outside the page (another editor changing data meanwhile, bulk seeding).
import type { Page } from 'playwright-core';
import { CSRF_HEADER } from '#shared/errors.ts';
import { signInOverHttp } from '../../support/gateway-process.ts';
import { E2E_EDITOR } from './gateway-process.ts';

export type GraphQL = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A GraphQL caller; with `cookie` it acts as that editor's session. Throws on top-level errors. */
export function graphqlClient(url: string, cookie?: string): GraphQL {
  return async (query, variables) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie, [CSRF_HEADER]: '1' } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

/** Signs in as the e2e editor through the API, in a session of its own (not the page's). */
export async function editorApi(url: string): Promise<GraphQL> {
  return graphqlClient(url, await signInOverHttp(`${url}/graphql`, E2E_EDITOR));
}

/** Signs in through the admin's sign-in screen and waits for the posts list. */
export async function signIn(page: Page): Promise<void> {
  await page.goto('/admin/');
  await page.getByLabel('Email').fill(E2E_EDITOR.email);
  await page.getByLabel('Password').fill(E2E_EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('listbox', { name: 'Posts' }).getByRole('option').first().waitFor();
}

/** Aliased createPost mutations per request: under the gateway's MAX_ALIASES (15). */
const BATCH = 10;

/** Creates `count` drafts titled `${prefix} n`, BATCH per request (aliased createPost mutations). */
export async function createDrafts(api: GraphQL, options: { prefix: string; count: number }): Promise<void> {
  for (let start = 0; start < options.count; start += BATCH) {
    const n = Array.from({ length: Math.min(BATCH, options.count - start) }, (_, i) => start + i);
    const fields = n.map(
      (i) => `p${i}: createPost(input: { kind: SHORT, title: "${options.prefix} ${i}", body: "Body ${i}." }) { __typename }`,
    );
    await api(`mutation { ${fields.join('\n')} }`);
  }
}
