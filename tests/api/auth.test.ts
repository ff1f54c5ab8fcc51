// Who may write: every mutation refuses anonymous callers; Bearer tokens, session cookies (with the
// CSRF header), login/logout, session expiry and password storage.
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/src/auth/credentials.ts';
import { CSRF_HEADER, ErrorCode } from '#shared/errors.ts';
import { graphql } from '../__generated__/index.ts';
import { EDITOR, createTestGateway, type TestGateway } from '../support/gateway.ts';
import { expectNothingChanged, fieldPaths, globalId } from '../support/mutations.ts';

let gw: TestGateway;
let ids: { post: string; category: string; categories: string[]; tag: string; apiToken: string; revision: string; webhook: string };

beforeAll(async () => {
  gw = await createTestGateway();
  const post = await gw.db.prisma.post.findFirstOrThrow({ where: { favorite: { isNot: null } } });
  const categories = await gw.db.prisma.category.findMany({ orderBy: { position: 'desc' } });
  const tag = await gw.db.prisma.tag.findFirstOrThrow();
  await gw.editorToken();
  const apiToken = await gw.db.prisma.apiToken.findFirstOrThrow();
  const { tags: _tags, ...content } = await gw.db.prisma.post.findUniqueOrThrow({ where: { id: post.id }, include: { tags: true } });
  const revision = await gw.db.prisma.postRevision.create({
    data: {
      postId: post.id,
      version: content.version,
      kind: content.kind,
      title: content.title,
      slug: content.slug,
      summary: content.summary,
      body: content.body,
      tags: [],
      hasLab: content.hasLab,
      status: content.status,
      publishedAt: content.publishedAt,
    },
  });
  const webhook = await gw.db.prisma.webhook.create({
    data: { url: 'https://93.184.215.14/hook', events: ['POST_PUBLISHED'], secret: 'whsec_x' },
  });
  ids = {
    post: globalId('Post', post.id),
    category: globalId('Category', categories[0]!.id),
    categories: categories.map((c) => globalId('Category', c.id)),
    tag: globalId('Tag', tag.id),
    apiToken: globalId('ApiToken', apiToken.id),
    revision: globalId('PostRevision', revision.id),
    webhook: globalId('Webhook', webhook.id),
  };
});
afterAll(() => gw?.close());

// One well-formed call per editor-only mutation, with real ids: only the caller's identity is wrong.
// Plain strings: one document per schema mutation, built from this table.
const calls: Record<string, () => string> = {
  addFavorite: () => `addFavorite(postId: "${ids.post}") { __typename }`,
  createApiToken: () => `createApiToken(name: "anonymous script") { __typename }`,
  createCategory: () => `createCategory(input: { name: "Anonymous Category" }) { __typename }`,
  createPost: () => `createPost(input: { title: "Anonymous Post", kind: NOTE, tags: ["anon-tag"] }) { __typename }`,
  createTag: () => `createTag(input: { name: "Anonymous Tag" }) { __typename }`,
  deleteCategory: () => `deleteCategory(input: { id: "${ids.category}" }) { __typename }`,
  deletePost: () => `deletePost(input: { id: "${ids.post}" }) { __typename }`,
  deleteTag: () => `deleteTag(id: "${ids.tag}") { __typename }`,
  publishPost: () => `publishPost(input: { id: "${ids.post}" }) { __typename }`,
  removeFavorite: () => `removeFavorite(postId: "${ids.post}") { __typename }`,
  reorderCategories: () => `reorderCategories(ids: ${JSON.stringify(ids.categories)}) { __typename }`,
  reorderFavorites: () => `reorderFavorites(postIds: ["${ids.post}"], expectedRevision: 0) { __typename }`,
  revokeApiToken: () => `revokeApiToken(id: "${ids.apiToken}") { __typename }`,
  unpublishPost: () => `unpublishPost(input: { id: "${ids.post}" }) { __typename }`,
  updateCategory: () => `updateCategory(input: { id: "${ids.category}", name: "Renamed" }) { __typename }`,
  updatePost: () => `updatePost(input: { id: "${ids.post}", expectedVersion: 1, title: "Renamed" }) { __typename }`,
  updateSite: () => `updateSite(input: { title: "Anonymous Title" }) { __typename }`,
  updateTag: () => `updateTag(input: { id: "${ids.tag}", name: "Renamed" }) { __typename }`,
  restorePostRevision: () =>
    `restorePostRevision(input: { postId: "${ids.post}", revisionId: "${ids.revision}", expectedVersion: 1 }) { __typename }`,
  createWebhook: () => `createWebhook(input: { url: "https://93.184.215.14/x", events: [POST_PUBLISHED] }) { __typename }`,
  updateWebhook: () => `updateWebhook(input: { id: "${ids.webhook}", enabled: false }) { __typename }`,
  deleteWebhook: () => `deleteWebhook(input: { id: "${ids.webhook}" }) { __typename }`,
  sendTestWebhook: () => `sendTestWebhook(input: { id: "${ids.webhook}" }) { __typename }`,
  createPreviewLink: () => `createPreviewLink(postId: "${ids.post}") { __typename }`,
  revokePreviewLinks: () => `revokePreviewLinks(postId: "${ids.post}") { __typename }`,
};
const mutationNames = Object.keys(
  buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'))
    .getMutationType()!
    .getFields(),
);

const LOGIN = graphql(`
  mutation TestLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) { __typename ...MutationError ... on LoginPayload { viewer { email } } }
  }
`);
const VIEWER = graphql(`query TestViewer { viewer { email authenticatedWith } }`);
const LOGOUT = graphql(`mutation TestLogout { logout }`);
const CREATE_TAG = graphql(`
  mutation TestCreateTagAs($name: String!) { createTag(input: { name: $name }) { __typename ...MutationError } }
`);

async function login(email = EDITOR.email, password = EDITOR.password) {
  return gw.gql(LOGIN, { e: email, p: password });
}
/** A fresh session of our own (logout tests must not end the gateway's shared one). */
async function freshSessionCookie(): Promise<string> {
  const res = await login();
  expect(res.body.data!.login.__typename).toBe('LoginPayload');
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
/** A GET of a typed document (its variables as JSON in the URL, as GraphQL over HTTP says). */
const get = <V>(document: TypedDocumentNode<unknown, V>, variables: V, headers: Record<string, string>) =>
  gw.yoga.fetch(
    `http://gateway.test/graphql?query=${encodeURIComponent(print(document))}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
    { headers: { accept: 'application/json', ...headers } },
  );

describe('anonymous callers', () => {
  it('the table below covers every mutation in schema.graphql except login and logout', () => {
    expect(mutationNames.filter((n) => n !== 'login' && n !== 'logout').sort()).toEqual(Object.keys(calls).sort());
  });

  it.each(Object.keys(calls))('%s → top-level UNAUTHENTICATED, nothing written', async (name) => {
    const res = await expectNothingChanged(gw, () => gw.gql(`mutation { ${calls[name]!()} }`));
    expect(res.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(res.body.data?.[name]).toBeUndefined();
  });

  it('logout without a session answers false and changes nothing', async () => {
    const res = await expectNothingChanged(gw, () => gw.gql(LOGOUT));
    expect(res.body).toEqual({ data: { logout: false } });
  });
});

describe('Bearer API tokens', () => {
  const tokenTag = { name: 'Token Tag' };

  it('a valid token authenticates and may write (no CSRF header needed)', async () => {
    const authorization = `Bearer ${await gw.editorToken()}`;
    const res = await gw.gql(VIEWER, {}, { authorization });
    expect(res.body.data!.viewer).toEqual({ email: EDITOR.email, authenticatedWith: 'token' });
    const write = await gw.gql(CREATE_TAG, { name: 'Token Write Tag' }, { authorization });
    expect(write.body.data!.createTag.__typename).toBe('CreateTagPayload');
    expect(await gw.db.prisma.tag.count({ where: { name: 'Token Write Tag' } })).toBe(1);
  });

  it.each([
    ['an unknown token', 'Bearer gwt_notarealtoken'],
    ['a malformed header', 'Bearer'],
    ['another scheme', 'Basic abc'],
  ])('%s → HTTP 401 UNAUTHENTICATED, nothing written', async (_label, authorization) => {
    const res = await expectNothingChanged(gw, () => gw.gql(CREATE_TAG, tokenTag, { authorization }));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('a revoked token → HTTP 401, nothing written', async () => {
    const { newSecret, API_TOKEN_PREFIX } = await import('../../server/src/auth/credentials.ts');
    const secret = newSecret(API_TOKEN_PREFIX);
    const user = await gw.db.prisma.user.findUniqueOrThrow({ where: { email: EDITOR.email } });
    const row = await gw.db.prisma.apiToken.create({ data: { name: 'revoke me', tokenHash: hashSecret(secret), userId: user.id } });
    const headers = { authorization: `Bearer ${secret}` };
    expect((await gw.gql(VIEWER, {}, headers)).body.data!.viewer!.email).toBe(EDITOR.email);
    await gw.db.prisma.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    const res = await expectNothingChanged(gw, () => gw.gql(CREATE_TAG, tokenTag, headers));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('session cookies and CSRF', () => {
  it('a cookie POST without the CSRF header → 403, nothing written', async () => {
    const { cookie } = await gw.editorHeaders();
    const res = await expectNothingChanged(gw, () => gw.gql(CREATE_TAG, { name: 'Csrf Post Tag' }, { cookie: cookie! }));
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.message).toMatch(CSRF_HEADER);
  });

  it('a cookie GET without the CSRF header → 403, nothing written (query or mutation)', async () => {
    const { cookie } = await gw.editorHeaders();
    for (const send of [() => get(CREATE_TAG, { name: 'Csrf Get Tag' }, { cookie: cookie! }), () => get(VIEWER, {}, { cookie: cookie! })]) {
      const res = await expectNothingChanged(gw, send);
      expect(res.status).toBe(403);
    }
  });

  it('with the header the same cookie reads (GET) and writes (POST)', async () => {
    const headers = await gw.editorHeaders();
    const read = await get(VIEWER, {}, headers);
    expect(read.status).toBe(200);
    expect((await read.json()).data.viewer).toEqual({ email: EDITOR.email, authenticatedWith: 'session' });
    const res = await gw.gql(CREATE_TAG, { name: 'Csrf Ok Tag' }, headers);
    expect(res.body.data!.createTag.__typename).toBe('CreateTagPayload');
    expect(await gw.db.prisma.tag.count({ where: { name: 'Csrf Ok Tag' } })).toBe(1);
  });
});

describe('login and logout', () => {
  it('wrong password and unknown email → the same InvalidCredentialsError, no session', async () => {
    const wrong = await expectNothingChanged(gw, () => login(EDITOR.email, 'not the password'));
    const unknown = await expectNothingChanged(gw, () => login('nobody@example.com', EDITOR.password));
    expect(wrong.body.data!.login.__typename).toBe('InvalidCredentialsError');
    expect(unknown.body.data!.login).toEqual(wrong.body.data!.login);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('an invalid email → ValidationError at ["email"]', async () => {
    const res = await expectNothingChanged(gw, () => login('not-an-email', 'whatever'));
    expect(res.body.data!.login.__typename).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.login)).toEqual(['email']);
  });

  it('success sets an HttpOnly, SameSite=Lax, Path=/ cookie that authenticates; only its hash is stored', async () => {
    const res = await login(` ${EDITOR.email.toUpperCase()} `);
    expect(res.body.data!.login).toEqual({ __typename: 'LoginPayload', viewer: { email: EDITOR.email } });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^gw_session=[^;]+/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/);
    const cookie = setCookie.split(';')[0]!;
    const secret = cookie.slice('gw_session='.length);
    expect(await gw.db.prisma.session.count({ where: { tokenHash: hashSecret(secret) } })).toBe(1);
    expect(await gw.db.prisma.session.count({ where: { tokenHash: secret } })).toBe(0);
    const me = await gw.gql(VIEWER, {}, { cookie, [CSRF_HEADER]: '1' });
    expect(me.body.data!.viewer).toEqual({ email: EDITOR.email, authenticatedWith: 'session' });
  });

  it('logout deletes the session, clears the cookie, and the old cookie is anonymous', async () => {
    const cookie = await freshSessionCookie();
    const headers = { cookie, [CSRF_HEADER]: '1' };
    const tokenHash = hashSecret(cookie.slice('gw_session='.length));
    const res = await gw.gql(LOGOUT, {}, headers);
    expect(res.body).toEqual({ data: { logout: true } });
    const cleared = res.headers.get('set-cookie')!;
    expect(cleared).toMatch(/^gw_session=;/);
    expect(new Date(/Expires=([^;]+)/i.exec(cleared)![1]!).getTime()).toBeLessThan(Date.now());
    expect(await gw.db.prisma.session.count({ where: { tokenHash } })).toBe(0);
    expect((await gw.gql(VIEWER, {}, headers)).body.data!.viewer).toBeNull();
    const write = await expectNothingChanged(gw, () => gw.gql(`mutation { ${calls.createTag!()} }`, {}, headers));
    expect(write.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('an expired session is anonymous', async () => {
    const cookie = await freshSessionCookie();
    const headers = { cookie, [CSRF_HEADER]: '1' };
    expect((await gw.gql(VIEWER, {}, headers)).body.data!.viewer).not.toBeNull();
    await gw.db.prisma.session.update({
      where: { tokenHash: hashSecret(cookie.slice('gw_session='.length)) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await gw.gql(VIEWER, {}, headers)).body.data!.viewer).toBeNull();
    const write = await expectNothingChanged(gw, () => gw.gql(`mutation { ${calls.createTag!()} }`, {}, headers));
    expect(write.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('password storage', () => {
  it('the editor’s password is stored as a salted scrypt hash, never in clear', async () => {
    const { hashPassword, verifyPassword } = await import('../../server/src/auth/password.ts');
    const user = await gw.db.prisma.user.findUniqueOrThrow({ where: { email: EDITOR.email } });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(EDITOR.password);
    const again = await hashPassword(EDITOR.password);
    expect(again).not.toBe(user.passwordHash); // a fresh salt each time
    expect(await verifyPassword(EDITOR.password, again)).toEqual({ matches: true, rehash: false });
    expect(await verifyPassword(`${EDITOR.password}!`, again)).toEqual({ matches: false, rehash: false });
  });
});
