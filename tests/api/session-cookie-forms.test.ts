// The session cookie in every form the cookie parser accepts (it trims names: `gw_session =x`,
// `gw_session\t=x`, ` gw_session=x`) is a session cookie for the CSRF guard, the response cache
// and the HTTP fast path too: one function (hasSessionCookie) answers for all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSessionCookie } from '../../server/src/auth/credentials.ts';
import { GetCache } from '../../server/src/cache/fast-path.ts';
import { CSRF_HEADER, ErrorCode } from '#shared/errors.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type ServedGateway, serveOverHttp, type TestGateway } from '../support/gateway.ts';

/** Ways of writing `gw_session=<secret>` that the cookie parser reads as the session cookie. */
const forms = (secret: string) => [
  `gw_session =${secret}`,
  `gw_session\t=${secret}`,
  ` gw_session=${secret}`,
  `gw_session  =  ${secret}`,
  `theme=dark; gw_session =${secret}`,
  `theme=dark;\tgw_session=${secret}`,
];

const DRAFTS = '{ posts(filter: { includeDrafts: true }) { edges { node { title } } } }';
const DRAFT_TITLE = 'A draft nobody may read';
const ACCEPT = { accept: 'application/graphql-response+json' };

describe('hasSessionCookie', () => {
  it('finds the session cookie wherever the parser finds it, and nowhere else', () => {
    for (const form of forms('x')) expect(hasSessionCookie(form), JSON.stringify(form)).toBe(true);
    expect(hasSessionCookie('gw_session=x')).toBe(true);
    expect(hasSessionCookie('gw_session=')).toBe(true);
    for (const other of [
      null,
      undefined,
      '',
      'theme=dark',
      'my_gw_session=x',
      'gw_sessionx=x',
      'gw_session',
      'x=gw_session=y',
      'gw%5Fsession=x',
    ]) {
      expect(hasSessionCookie(other), JSON.stringify(other)).toBe(false);
    }
  });
});

const CSRF_BYPASS = graphql(`mutation CookieFormsCsrfBypass { updateSite(input: { description: "csrf-bypass" }) { __typename } }`);
const VIEWER = graphql(`query CookieFormsViewer { viewer { email } }`);

describe('a session cookie with blanks around its name', () => {
  let gw: TestGateway;
  let secret: string;
  let cache: GetCache;
  let served: ServedGateway;
  let base: string;
  beforeAll(async () => {
    cache = new GetCache();
    gw = await createTestGateway({ config: { cacheTtlSeconds: 60 }, gateway: { publicCache: cache.generations } });
    await gw.db.prisma.post.create({
      data: { slug: 'a-draft', kind: 'NOTE', title: DRAFT_TITLE, summary: 's', body: 'b', status: 'DRAFT' },
    });
    secret = (await gw.editorHeaders()).cookie!.slice('gw_session='.length);
    served = await serveOverHttp(gw, cache);
    base = served.base;
  });
  afterAll(async () => {
    await served.close();
    await gw.close();
  });

  it('still needs the CSRF header: 403 and nothing stored', async () => {
    for (const cookie of forms(secret)) {
      const res = await gw.gql(CSRF_BYPASS, {}, { cookie });
      expect(res.status, JSON.stringify(cookie)).toBe(403);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.CSRF_HEADER_REQUIRED);
    }
    expect((await gw.db.prisma.site.findUniqueOrThrow({ where: { id: 1 } })).description).not.toBe('csrf-bypass');
    // With the header, the same cookie is the editor's session.
    const withHeader = await gw.gql(VIEWER, {}, { cookie: forms(secret)[0]!, [CSRF_HEADER]: '1' });
    expect(withHeader.body.data?.viewer?.email).toBe('editor@example.com');
  });

  it("Yoga's path: the editor's GET answer is private, no-store and never served to anyone else", async () => {
    const url = `http://gateway.test/graphql?query=${encodeURIComponent(DRAFTS)}`;
    for (const cookie of forms(secret)) {
      const res = await gw.yoga.fetch(url, { headers: { ...ACCEPT, cookie, [CSRF_HEADER]: '1' } });
      expect(res.headers.get('cache-control'), JSON.stringify(cookie)).toBe('private, no-store');
      expect(await res.text()).toContain(DRAFT_TITLE);
    }
    const anonymous = await gw.yoga.fetch(url, { headers: ACCEPT });
    expect(await anonymous.text()).not.toContain(DRAFT_TITLE);
  });

  it('the HTTP fast path sends such a request to Yoga unstored, so an anonymous GET never gets the draft', async () => {
    const path = `/graphql?query=${encodeURIComponent(DRAFTS)}`;
    for (const cookie of forms(secret)) {
      const res = await fetch(base + path, { headers: { ...ACCEPT, cookie, [CSRF_HEADER]: '1' } });
      expect(res.headers.get('cache-control'), JSON.stringify(cookie)).toBe('private, no-store');
      expect(await res.text()).toContain(DRAFT_TITLE);
    }
    expect(cache.size).toBe(0);
    const anonymous = await fetch(base + path, { headers: ACCEPT });
    expect(await anonymous.text()).not.toContain(DRAFT_TITLE);
  });
});
