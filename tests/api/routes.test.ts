// Permanent addresses: Post/Category/Tag path and url, Query.route for live pages and earlier
// paths (one-hop redirects however many renames), what anonymous callers may see there, and
// paths that are not ours. Each test makes its own posts, categories and tags.
import { describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import { CREATE_POST, PUBLISH_POST, UNPUBLISH_POST, UPDATE_POST, editorGateway, expectTypename } from '../support/mutations.ts';

const ctx = editorGateway();
const BASE_URL = 'https://lenatriestounderstand.example'; // prisma/content/site.json

const ROUTE = graphql(`
  query Route($path: String!) {
    route(path: $path) {
      __typename
      # Aliased: Post.path is nullable, Category.path and Tag.path are not, and GraphQL refuses
      # one response key with two types across a union's members.
      ... on Post { slug postPath: path postUrl: url }
      ... on Category { slug path url }
      ... on Tag { slug path url }
      ... on Redirect { location permanent }
    }
  }
`);
const ADDRESSES = graphql(`
  query Addresses($slug: String!) { post(slug: $slug) { status path url category { path url } tags { path url } } }
`);
const UPDATE_CATEGORY_SLUG = graphql(`
  mutation RouteCategorySlug($i: UpdateCategoryInput!) { r: updateCategory(input: $i) { __typename } }
`);
const CREATE_CATEGORY = graphql(`
  mutation RouteCategory($i: CreateCategoryInput!) { r: createCategory(input: $i) { __typename ... on CreateCategoryPayload { category { id } } } }
`);
const UPDATE_TAG_SLUG = graphql(`mutation RouteTagSlug($i: UpdateTagInput!) { r: updateTag(input: $i) { __typename } }`);
const TAG_ID = graphql(`query RouteTagId($slug: String!) { tag(slug: $slug) { id } }`);

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** A published short with slug `slug` (and tag `tag` when given); returns its payload post. */
async function published(slug: string, tag?: string) {
  const created = await ctx.editor(CREATE_POST, { input: { title: slug, slug, kind: 'SHORT', summary: 'S.', tags: tag ? [tag] : [] } });
  const post = expectTypename(created.body.data?.result, 'CreatePostPayload').post;
  const res = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: post.version } });
  return expectTypename(res.body.data?.result, 'PublishPostPayload').post;
}

async function rename(post: { id: string; version: number }, slug: string) {
  const res = await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: post.version, slug } });
  return expectTypename(res.body.data?.result, 'UpdatePostPayload').post;
}

/** route(path) as an anonymous caller (or the editor); fails on any GraphQL error. */
async function route(path: string, as: 'anonymous' | 'editor' = 'anonymous') {
  const res = as === 'editor' ? await ctx.editor(ROUTE, { path }) : await ctx.gw.gql(ROUTE, { path });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.route;
}

describe('path and url', () => {
  it('a published post: /posts/<slug> on the base URL; its category and tags have theirs', async () => {
    const res = await ctx.gw.gql(ADDRESSES, { slug: 'chunking-strategies' });
    const post = res.body.data!.post!;
    expect(post.path).toBe('/posts/chunking-strategies');
    expect(post.url).toBe(`${BASE_URL}/posts/chunking-strategies`);
    expect(post.category!.path).toMatch(/^\/category\/[a-z0-9-]+$/);
    expect(post.category!.url).toBe(BASE_URL + post.category!.path);
    expect(post.tags.length).toBeGreaterThan(0);
    for (const tag of post.tags) expect(tag.url).toBe(BASE_URL + tag.path);
  });

  it('drafts and scheduled posts have no address (path and url null, for editors too)', async () => {
    const slug = unique('draft');
    const created = await ctx.editor(CREATE_POST, { input: { title: slug, slug, kind: 'SHORT', summary: 'S.' } });
    const post = expectTypename(created.body.data?.result, 'CreatePostPayload').post;
    expect((await ctx.editor(ADDRESSES, { slug })).body.data!.post).toMatchObject({ status: 'DRAFT', path: null, url: null });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: post.version, publishedAt: future } });
    expectTypename(scheduled.body.data?.result, 'PublishPostPayload');
    expect((await ctx.editor(ADDRESSES, { slug })).body.data!.post).toMatchObject({ status: 'SCHEDULED', path: null, url: null });
    expect(await route(`/posts/${slug}`)).toBeNull();
    expect(await route(`/posts/${slug}`, 'editor')).toMatchObject({ __typename: 'Post', postPath: null });
  });
});

describe('route', () => {
  it('a live post, however the path is written (trailing slash, percent-escapes, query, fragment)', async () => {
    for (const path of [
      '/posts/chunking-strategies',
      '/posts/chunking-strategies/',
      '/posts/chunking-%73trategies',
      '/posts/chunking-strategies?utm=x',
      '/posts/chunking-strategies#top',
    ]) {
      expect(await route(path), path).toEqual({
        __typename: 'Post',
        slug: 'chunking-strategies',
        postPath: '/posts/chunking-strategies',
        postUrl: `${BASE_URL}/posts/chunking-strategies`,
      });
    }
  });

  it('after two renames both old paths redirect in one hop to the current one; renaming back makes the first live again', async () => {
    const [a, b, c] = [unique('first'), unique('second'), unique('third')];
    let post = await published(a);
    post = await rename(post, b);
    post = await rename(post, c);
    for (const old of [a, b])
      expect(await route(`/posts/${old}/`)).toEqual({ __typename: 'Redirect', location: `/posts/${c}`, permanent: true });
    expect(await route(`/posts/${c}`)).toMatchObject({ __typename: 'Post', slug: c });

    post = await rename(post, a);
    expect(await route(`/posts/${a}`)).toMatchObject({ __typename: 'Post', slug: a });
    for (const old of [b, c])
      expect(await route(`/posts/${old}`)).toEqual({ __typename: 'Redirect', location: `/posts/${a}`, permanent: true });
  });

  it('a draft renamed leaves no redirect (it never had an address); an unpublished post’s old paths lead nowhere', async () => {
    const [a, b, c] = [unique('d1'), unique('d2'), unique('d3')];
    const created = await ctx.editor(CREATE_POST, { input: { title: a, slug: a, kind: 'SHORT', summary: 'S.' } });
    await rename(expectTypename(created.body.data?.result, 'CreatePostPayload').post, b);
    expect(await ctx.gw.db.prisma.pathRedirect.count({ where: { path: `/posts/${a}` } })).toBe(0);

    let post = await published(c);
    post = await rename(post, `${c}-new`);
    expect(await route(`/posts/${c}`)).toMatchObject({ __typename: 'Redirect' });
    const res = await ctx.editor(UNPUBLISH_POST, { input: { id: post.id, expectedVersion: post.version } });
    expectTypename(res.body.data?.result, 'UnpublishPostPayload');
    expect(await route(`/posts/${c}`)).toBeNull();
    expect(await route(`/posts/${c}-new`)).toBeNull();
  });

  it('a new post that takes an old slug owns the path once it is visible', async () => {
    const [old, current] = [unique('taken'), unique('moved')];
    await rename(await published(old), current);
    const created = await ctx.editor(CREATE_POST, { input: { title: 'Newcomer', slug: old, kind: 'SHORT', summary: 'S.' } });
    const newcomer = expectTypename(created.body.data?.result, 'CreatePostPayload').post;
    // A draft: anonymous callers still follow the redirect, the editor finds the draft.
    expect(await route(`/posts/${old}`)).toEqual({ __typename: 'Redirect', location: `/posts/${current}`, permanent: true });
    expect(await route(`/posts/${old}`, 'editor')).toMatchObject({ __typename: 'Post', slug: old });
    const res = await ctx.editor(PUBLISH_POST, { input: { id: newcomer.id, expectedVersion: newcomer.version } });
    expectTypename(res.body.data?.result, 'PublishPostPayload');
    expect(await route(`/posts/${old}`)).toMatchObject({ __typename: 'Post', slug: old, postPath: `/posts/${old}` });
  });

  it('categories and tags: live paths, and renames redirect (a tag only while a published post has it, anonymously)', async () => {
    const catSlug = unique('cat');
    const cat = await ctx.editor(CREATE_CATEGORY, { i: { name: catSlug, slug: catSlug } });
    const catId = expectTypename(cat.body.data?.r, 'CreateCategoryPayload').category.id;
    expect(await route(`/category/${catSlug}`)).toEqual({
      __typename: 'Category',
      slug: catSlug,
      path: `/category/${catSlug}`,
      url: `${BASE_URL}/category/${catSlug}`,
    });
    expectTypename(
      (await ctx.editor(UPDATE_CATEGORY_SLUG, { i: { id: catId, slug: `${catSlug}-b` } })).body.data?.r,
      'UpdateCategoryPayload',
    );
    expect(await route(`/category/${catSlug}`)).toEqual({ __typename: 'Redirect', location: `/category/${catSlug}-b`, permanent: true });

    const tagName = unique('tg');
    const post = await published(unique('tagged'), tagName);
    const tagId = (await ctx.editor(TAG_ID, { slug: tagName })).body.data!.tag!.id;
    expect(await route(`/tag/${tagName}`)).toMatchObject({ __typename: 'Tag', path: `/tag/${tagName}` });
    expectTypename((await ctx.editor(UPDATE_TAG_SLUG, { i: { id: tagId, slug: `${tagName}-b` } })).body.data?.r, 'UpdateTagPayload');
    expect(await route(`/tag/${tagName}`)).toEqual({ __typename: 'Redirect', location: `/tag/${tagName}-b`, permanent: true });
    // Its only post unpublished: the tag is hidden from anonymous callers, by either path.
    const res = await ctx.editor(UNPUBLISH_POST, { input: { id: post.id, expectedVersion: post.version } });
    expectTypename(res.body.data?.result, 'UnpublishPostPayload');
    expect(await route(`/tag/${tagName}`)).toBeNull();
    expect(await route(`/tag/${tagName}-b`)).toBeNull();
    expect(await route(`/tag/${tagName}`, 'editor')).toMatchObject({ __typename: 'Redirect', location: `/tag/${tagName}-b` });
  });

  it('paths that are not ours answer null, never an error', async () => {
    for (const path of [
      '',
      '/',
      '/posts',
      '/posts/',
      'posts/chunking-strategies',
      '/posts/chunking-strategies/extra',
      '/posts/Chunking-Strategies',
      '/posts/%E0%A4%A',
      '/posts/%00',
      '/posts/../category/llm',
      '/unknown/chunking-strategies',
      '/posts/no-such-post',
      `/posts/${'a'.repeat(121)}`,
      `/posts/${'%2F'.repeat(5000)}`,
      '/__proto__/x',
    ]) {
      expect(await route(path), JSON.stringify(path)).toBeNull();
    }
  });

  it('anonymous answers are cached, and a rename is visible at once (the cache is purged)', async () => {
    const slug = unique('cached');
    const post = await published(slug);
    const query = `{ route(path: "/posts/${slug}") { __typename ... on Redirect { location } } }`;
    const get = async () => {
      const res = await ctx.gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(query)}`, {
        headers: { accept: 'application/graphql-response+json' },
      });
      return { cacheControl: res.headers.get('cache-control'), body: await res.json() };
    };
    const first = await get();
    expect(first.body.data.route.__typename).toBe('Post');
    expect(first.cacheControl).toContain('public');
    await rename(post, `${slug}-renamed`);
    expect((await get()).body.data.route).toEqual({ __typename: 'Redirect', location: `/posts/${slug}-renamed` });
  });
});
