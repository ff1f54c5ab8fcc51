import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/src/auth/credentials.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { expectTypename } from '../support/mutations.ts';
import { ErrorCode } from '#shared/errors.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway({ seed: false });
});
afterAll(() => gw.close());

const create = graphql(`
  mutation TestCreateApiToken($name: String!) {
    createApiToken(name: $name) {
      __typename
      ... on CreateApiTokenPayload { token apiToken { id name revokedAt } }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`);
const revoke = graphql(`
  mutation TestRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { __typename ... on RevokeApiTokenPayload { apiToken { revokedAt } } } }
`);
const revokeTypename = graphql(`mutation TestRevokeApiTokenTypename($id: ID!) { revokeApiToken(id: $id) { __typename } }`);
const whoAmI = graphql(`query TestWhoAmI { viewer { email authenticatedWith apiTokens { name lastUsedAt revokedAt } } }`);

describe('API tokens', () => {
  it('are created once-visible, authenticate scripts, and stop working when revoked', async () => {
    const session = await gw.editorHeaders();
    const created = expectTypename(
      (await gw.gql(create, { name: 'static site build' }, session)).body.data!.createApiToken,
      'CreateApiTokenPayload',
    );
    expect(created.token).toMatch(/^gwt_[\w-]{40,}$/);
    // Only the hash is stored.
    const rows = await gw.db.prisma.apiToken.findMany();
    expect(rows.map((r) => r.tokenHash)).toContain(hashSecret(created.token));
    expect(JSON.stringify(rows)).not.toContain(created.token);

    const bearer = { authorization: `Bearer ${created.token}` };
    const me = (await gw.gql(whoAmI, {}, bearer)).body.data!.viewer!;
    expect(me.authenticatedWith).toBe('token');
    expect(me.apiTokens.find((t) => t.name === 'static site build')!.lastUsedAt).not.toBeNull();

    const revoked = (await gw.gql(revoke, { id: created.apiToken.id }, session)).body.data!.revokeApiToken;
    expect(expectTypename(revoked, 'RevokeApiTokenPayload').apiToken.revokedAt).not.toBeNull();
    // Revoking again is a no-op; a __typename-only selection must not trip Prisma's empty select.
    const again = await gw.gql(revokeTypename, { id: created.apiToken.id }, session);
    expect(again.body).toEqual({ data: { revokeApiToken: { __typename: 'RevokeApiTokenPayload' } } });
    const after = await gw.gql(whoAmI, {}, bearer);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('need a name, and are for editors only', async () => {
    const session = await gw.editorHeaders();
    const before = await gw.db.prisma.apiToken.count();
    const blank = (await gw.gql(create, { name: '   ' }, session)).body.data!.createApiToken;
    expect(blank.__typename).toBe('ValidationError');
    const anonymous = await gw.gql(create, { name: 'x' });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await gw.db.prisma.apiToken.count()).toBe(before);
  });
});
