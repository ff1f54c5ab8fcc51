// Preview links: an editor makes a secret link to a post of any status; anyone holding it reads
// that post through Query.preview until it expires or is revoked; forged, malformed, expired and
// revoked tokens all answer null alike. Answers are private: never cached, never revalidated.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#shared/errors.ts';
import { hashSecret } from '../../server/src/auth/credentials.ts';
import { graphql } from '../__generated__/index.ts';
import { CREATE_POST, DELETE_POST, editorGateway, expectTypename, PUBLISH_POST } from '../support/mutations.ts';
import { globalId } from '../support/queries.ts';

const ctx = editorGateway();

const CREATE_LINK = graphql(`
  mutation PreviewCreateLink($postId: ID!, $minutes: Int) {
    result: createPreviewLink(postId: $postId, expiresInMinutes: $minutes) {
      __typename
      ...MutationError
      ... on PreviewLink { token url expiresAt }
    }
  }
`);
const REVOKE_LINKS = graphql(`
  mutation PreviewRevokeLinks($postId: ID!) {
    result: revokePreviewLinks(postId: $postId) { __typename ...MutationError ... on RevokePreviewLinksPayload { revokedCount } }
  }
`);
const PREVIEW = graphql(`query PreviewPost($token: String!) { preview(token: $token) { id title status body } }`);
const PREVIEW_TAGS = graphql(`
  query PreviewTags($token: String!) { preview(token: $token) { title tags { name postCount posts(first: 1) { totalCount } } } }
`);

async function draft(title: string) {
  const res = await ctx.editor(CREATE_POST, { input: { title, kind: 'NOTE', summary: 'For review.', body: `# ${title}` } });
  return expectTypename(res.body.data!.result, 'CreatePostPayload').post;
}

async function link(postId: string, minutes?: number) {
  const res = await ctx.editor(CREATE_LINK, { postId, minutes });
  return expectTypename(res.body.data!.result, 'PreviewLink');
}

/** Query.preview as an anonymous caller, over POST (gql) or GET (the cacheable way in). */
const previewPost = async (token: string) => (await ctx.gw.gql(PREVIEW, { token })).body.data!.preview;
const previewUrl = (token: string) =>
  `http://gateway.test/graphql?query=${encodeURIComponent('query P($t: String!) { preview(token: $t) { title } }')}&variables=${encodeURIComponent(JSON.stringify({ t: token }))}`;
const previewGet = async (token: string, headers: Record<string, string> = {}) => {
  const response = await ctx.gw.yoga.fetch(previewUrl(token), { headers: { accept: 'application/graphql-response+json', ...headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
};

describe('createPreviewLink', () => {
  it('gives a 43-character token, the site URL for it and an expiry a day ahead; only its hash is stored', async () => {
    const post = await draft('Preview: A Draft for Review');
    const before = Date.now();
    const created = await link(post.id);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { baseUrl } = await ctx.gw.db.prisma.site.findUniqueOrThrow({ where: { id: 1 } });
    expect(created.url).toBe(`${baseUrl}/preview/${created.token}`);
    const expiresIn = Date.parse(created.expiresAt) - before;
    expect(expiresIn).toBeGreaterThan(1_440 * 60_000 - 5_000);
    expect(expiresIn).toBeLessThanOrEqual(1_440 * 60_000 + 5_000);
    const rows = await ctx.gw.db.prisma.previewLink.findMany({ where: { post: { slug: 'preview-a-draft-for-review' } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashSecret(created.token));
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect(rows[0]!.createdById).not.toBeNull();
  });

  it('refuses a lifetime outside 1..43200 minutes with a ValidationError, writing nothing', async () => {
    const post = await draft('Preview: Bad Lifetimes');
    for (const minutes of [0, -5, 43_201]) {
      const res = await ctx.editor(CREATE_LINK, { postId: post.id, minutes });
      const error = expectTypename(res.body.data!.result, 'ValidationError');
      expect(error.fieldErrors.map((e) => e.path)).toEqual([['expiresInMinutes']]);
    }
    expect(await ctx.gw.db.prisma.previewLink.count({ where: { post: { slug: 'preview-bad-lifetimes' } } })).toBe(0);
    expect((await link(post.id, 43_200)).token).toBeTruthy();
    expect((await link(post.id, 1)).token).toBeTruthy();
  });

  it('NotFoundError for a post that does not exist, ValidationError for an id that is not a post', async () => {
    const missing = await ctx.editor(CREATE_LINK, { postId: globalId('Post', '00000000-0000-7000-8000-000000000000') });
    expectTypename(missing.body.data!.result, 'NotFoundError');
    const category = await ctx.gw.db.prisma.category.findFirstOrThrow();
    const wrongType = await ctx.editor(CREATE_LINK, { postId: globalId('Category', category.id) });
    expect(expectTypename(wrongType.body.data!.result, 'ValidationError').fieldErrors[0]!.path).toEqual(['postId']);
  });

  it('is for editors: anonymous callers get UNAUTHENTICATED, for revoking too', async () => {
    const post = await draft('Preview: Editors Only');
    const created = await ctx.gw.gql(CREATE_LINK, { postId: post.id });
    const revoked = await ctx.gw.gql(REVOKE_LINKS, { postId: post.id });
    for (const res of [created, revoked]) expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.UNAUTHENTICATED]);
    expect(await ctx.gw.db.prisma.previewLink.count({ where: { post: { slug: 'preview-editors-only' } } })).toBe(0);
  });
});

describe('Query.preview', () => {
  it('shows a draft to an anonymous holder of a valid token, and a scheduled post before its time', async () => {
    const post = await draft('Preview: Valid Token');
    const { token } = await link(post.id);
    expect(await previewPost(token)).toEqual({
      id: post.id,
      title: 'Preview: Valid Token',
      status: 'DRAFT',
      body: '# Preview: Valid Token',
    });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await ctx.editor(PUBLISH_POST, { input: { id: post.id, publishedAt: future } });
    expect(await previewPost(token)).toMatchObject({ id: post.id, status: 'SCHEDULED' });
    // The post itself stays hidden elsewhere.
    const byNode = await ctx.gw.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: post.id });
    expect(byNode.body.data).toEqual({ node: null });
  });

  it('answers null, with no error, for expired, revoked, forged and malformed tokens and a deleted post', async () => {
    const { prisma } = ctx.gw.db;
    const expiredPost = await draft('Preview: Expired');
    const expired = await link(expiredPost.id);
    await prisma.previewLink.updateMany({ where: { tokenHash: hashSecret(expired.token) }, data: { expiresAt: new Date(Date.now() - 1) } });

    const revokedPost = await draft('Preview: Revoked');
    const revoked = await link(revokedPost.id);
    const second = await link(revokedPost.id);
    const res = await ctx.editor(REVOKE_LINKS, { postId: revokedPost.id });
    expect(expectTypename(res.body.data!.result, 'RevokePreviewLinksPayload').revokedCount).toBe(2);
    const again = await ctx.editor(REVOKE_LINKS, { postId: revokedPost.id });
    expect(expectTypename(again.body.data!.result, 'RevokePreviewLinksPayload').revokedCount).toBe(0);

    const deletedPost = await draft('Preview: Deleted');
    const deleted = await link(deletedPost.id);
    await ctx.editor(DELETE_POST, { input: { id: deletedPost.id } });

    // Right shape, never issued; and a valid token with one character changed.
    const forged = 'A'.repeat(43);
    const live = await link((await draft('Preview: Tampered')).id);
    const tampered = (live.token[0] === 'A' ? 'B' : 'A') + live.token.slice(1);
    const malformed = ['', 'short', `${live.token}x`, `${live.token.slice(0, 42)}=`, 'é'.repeat(43)];

    for (const token of [expired.token, revoked.token, second.token, deleted.token, forged, tampered, ...malformed]) {
      const answer = await ctx.gw.gql(PREVIEW, { token });
      expect(answer.body, JSON.stringify(token)).toEqual({ data: { preview: null } });
    }
    expect(await previewPost(live.token)).toMatchObject({ title: 'Preview: Tampered' });
  });

  it('NotFoundError when revoking for a post that does not exist', async () => {
    const res = await ctx.editor(REVOKE_LINKS, { postId: globalId('Post', '00000000-0000-7000-8000-000000000000') });
    expectTypename(res.body.data!.result, 'NotFoundError');
  });
});

describe('preview answers are private', () => {
  it('GET and POST answers are `private, no-store` with no ETag, and a second anonymous GET runs again (revoked in between → null)', async () => {
    const post = await draft('Preview: Not Cached');
    const { token } = await link(post.id);
    const first = await previewGet(token);
    expect(first.body).toEqual({ data: { preview: { title: 'Preview: Not Cached' } } });
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    expect(first.headers.get('etag')).toBeNull();

    const post2 = await ctx.gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: 'query P($t: String!) { preview(token: $t) { title } }', variables: { t: token } }),
    });
    expect(post2.headers.get('cache-control')).toBe('private, no-store');
    expect(await post2.json()).toEqual(first.body);

    await ctx.editor(REVOKE_LINKS, { postId: post.id });
    const second = await previewGet(token);
    expect(second.body).toEqual({ data: { preview: null } });
    expect(second.headers.get('cache-control')).toBe('private, no-store');
  });

  it('selected beside public fields or through a fragment, the whole answer is private', async () => {
    const post = await draft('Preview: Beside Public Fields');
    const { token } = await link(post.id);
    const query = 'query P($t: String!) { site { title } ...F } fragment F on Query { preview(token: $t) { title } }';
    const url = `http://gateway.test/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ t: token }))}`;
    const get = async () => {
      const response = await ctx.gw.yoga.fetch(url, { headers: { accept: 'application/graphql-response+json' } });
      return { cacheControl: response.headers.get('cache-control'), etag: response.headers.get('etag'), body: await response.json() };
    };
    const first = await get();
    expect(first).toMatchObject({ cacheControl: 'private, no-store', etag: null });
    expect(first.body.data.preview).toEqual({ title: 'Preview: Beside Public Fields' });
    await ctx.editor(REVOKE_LINKS, { postId: post.id });
    expect((await get()).body.data.preview).toBeNull();
    // A public read on its own is still cached as before.
    const site = await ctx.gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ site { title } }')}`);
    expect(site.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    expect(site.headers.get('etag')).not.toBeNull();
  });
});

describe('what a preview shows', () => {
  it("the draft's own tags, also one no published post carries, with their public counts, anonymously and without error", async () => {
    const res = await ctx.editor(CREATE_POST, {
      input: { title: 'Preview: Secret Topic', kind: 'NOTE', summary: 'S.', body: 'B.', tags: ['preview-only-topic'] },
    });
    const post = expectTypename(res.body.data!.result, 'CreatePostPayload').post;
    const { token } = await link(post.id);
    const answer = await ctx.gw.gql(PREVIEW_TAGS, { token });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.preview).toEqual({
      title: 'Preview: Secret Topic',
      tags: [{ name: 'preview-only-topic', postCount: 0, posts: { totalCount: 0 } }],
    });
  });
});
