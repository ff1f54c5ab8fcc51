// graphql-http's GraphQL-over-HTTP server audit against the real gateway with
// every plugin on (cookies, CSRF, limits, readiness, logging). Each audit is one test; "warn"
// (a SHOULD the server does not follow) fails too, so the whole spec is held.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway({ seed: false });
});
afterAll(() => gw.close());

const audits = serverAudits({
  url: 'http://gateway.test/graphql',
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(gw.yoga.fetch(String(input), init as RequestInit)),
});

describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  it.each(audits.map((audit) => [`${audit.id} ${audit.name}`, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result, 'reason' in result ? result.reason : '').toMatchObject({ status: 'ok' });
  });
});
