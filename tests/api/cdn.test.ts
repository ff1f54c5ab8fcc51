// CDN-ready answers (server/src/cache/cdn.ts, answer-keys.ts, cdn-purge.ts; docs/caching.md):
// anonymous cacheable GETs carry s-maxage / stale-while-revalidate and the Surrogate-Key /
// Cache-Tag of the posts, categories and tags they contain, the same from Yoga and from the GET
// fast path; private answers carry neither; every committed write POSTs the keys it made stale to
// a real HTTP receiver, after the commit only, and a receiver that is down fails no write.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keyHeaders, MAX_KEY_HEADER_BYTES } from '../../server/src/cache/cdn.ts';
import { CdnPurger, PURGE_BATCH_KEYS } from '../../server/src/cache/cdn-purge.ts';
import { GetCache } from '../../server/src/cache/fast-path.ts';
import { capturingLogger } from '../support/logger.ts';
import { asEditor, globalId, type Editor } from '../support/mutations.ts';
import { createTestGateway, serveOverHttp, type ServedGateway, type TestGateway } from '../support/gateway.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=30';
const ACCEPT = { accept: 'application/graphql-response+json' };
const UPDATE = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { __typename ... on UpdatePostPayload { post { version } } } }`;

let gw: TestGateway;
let getCache: GetCache;
let served: ServedGateway;
let receiver: WebhookReceiver;
let editor: Editor;
let logs: Record<string, unknown>[];
let purger: CdnPurger;
/** A published post with a category and two or more tags, from the seed. */
let post: { id: string; slug: string; categoryId: string; tagIds: string[]; version: number };

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  const captured = capturingLogger();
  logs = captured.lines;
  getCache = new GetCache();
  // As createGateway builds it from CDN_PURGE_URL and CDN_PURGE_TOKEN; held here to wait for its sends.
  purger = new CdnPurger({ logger: captured.logger, url: receiver.url, token: 'purge-secret' });
  gw = await createTestGateway({
    config: { cacheTtlSeconds: 60, cacheStaleWhileRevalidateSeconds: 30 },
    logger: captured.logger,
    gateway: { publicCache: getCache.generations, cdnPurger: purger },
  });
  served = await serveOverHttp(gw, getCache);
  editor = await asEditor(gw);
  const row = await gw.db.prisma.post.findFirstOrThrow({
    where: { status: 'PUBLISHED', categoryId: { not: null }, tags: { some: {} } },
    include: { tags: { select: { tagId: true } } },
    orderBy: { publishedAt: 'desc' },
  });
  post = { id: row.id, slug: row.slug, categoryId: row.categoryId!, tagIds: row.tags.map((t) => t.tagId), version: row.version };
});

afterAll(async () => {
  await served?.close();
  await receiver?.close();
  await gw?.close();
});

/** GET /graphql?query=… over HTTP (through the fast path). */
async function get(query: string, headers: Record<string, string> = {}) {
  const hitsBefore = getCache.hits;
  const response = await fetch(`${served.base}/graphql?query=${encodeURIComponent(query)}`, { headers: { ...ACCEPT, ...headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, hit: getCache.hits > hitsBefore };
}

const keysOf = (headers: Headers) => headers.get('surrogate-key')?.split(' ') ?? null;

/** The keys a published post shows under, by its row. */
const postKeys = (p: typeof post) => [`post:${p.id}`, `category:${p.categoryId}`, ...p.tagIds.map((id) => `tag:${id}`)];

/** The keys of each purge request the receiver got for what was committed so far; empties its list. */
async function purgesSoFar(): Promise<string[][]> {
  await purger.idle(); // purges go out on the event-loop turn after the commit
  const bodies = receiver.requests.map((r) => (JSON.parse(r.body) as { keys: string[] }).keys);
  receiver.requests.length = 0;
  return bodies;
}

describe('headers of anonymous GETs', () => {
  it('a post page: s-maxage and stale-while-revalidate, and the keys of the post, its category and tags', async () => {
    const query = `{ post(slug: "${post.slug}") { title category { name } tags { name } } }`;
    const miss = await get(query);
    expect(miss.status).toBe(200);
    expect(miss.hit).toBe(false);
    expect(miss.headers.get('cache-control')).toBe(CACHE_CONTROL);
    const keys = ['all', ...postKeys(post)].sort();
    expect(keysOf(miss.headers)).toEqual(keys);
    expect(miss.headers.get('cache-tag')).toBe(keys.join(','));

    // The fast path replays Yoga's answer: same bytes, same CDN headers.
    const hit = await get(query);
    expect(hit.hit).toBe(true);
    expect(hit.text).toBe(miss.text);
    for (const name of ['cache-control', 'surrogate-key', 'cache-tag', 'etag', 'vary'])
      expect(hit.headers.get(name)).toBe(miss.headers.get(name));

    // A 304 carries them too (RFC 9110 §15.4.5), from the fast path and from Yoga.
    const notModified = await get(query, { 'if-none-match': miss.headers.get('etag')! });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('surrogate-key')).toBe(miss.headers.get('surrogate-key'));
    const throughYoga = await gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(query)}`, {
      headers: { ...ACCEPT, 'if-none-match': miss.headers.get('etag')! },
    });
    expect(throughYoga.status).toBe(304);
    expect(throughYoga.headers.get('surrogate-key')).toBe(miss.headers.get('surrogate-key'));
    expect(throughYoga.headers.get('cache-control')).toBe(CACHE_CONTROL);
  });

  it('a response-cache hit inside Yoga (no resolver runs) sends the keys kept with its entry', async () => {
    const query = `{ post(slug: "${post.slug}") { slug tags { slug } } }`;
    const url = `http://gateway.test/graphql?query=${encodeURIComponent(query)}`;
    const first = await gw.yoga.fetch(url, { headers: ACCEPT });
    const sql = await gw.statements(async () => {
      const second = await gw.yoga.fetch(url, { headers: ACCEPT });
      expect(second.headers.get('surrogate-key')).toBe(first.headers.get('surrogate-key'));
      await second.text();
    });
    expect(sql).toEqual([]);
    expect(keysOf(first.headers)).toEqual(['all', `post:${post.id}`, ...post.tagIds.map((id) => `tag:${id}`)].sort());
  });

  it('a list: its collection key and each post in it; a lookup that finds nothing: its collection', async () => {
    const list = await get('{ posts(first: 3) { edges { node { slug } } } }');
    const newest = await gw.db.prisma.post.findMany({
      where: { status: 'PUBLISHED' },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 3,
    });
    expect(keysOf(list.headers)).toEqual(['all', 'posts', ...newest.map((p) => `post:${p.id}`)].sort());

    const none = await get('{ post(slug: "no-such-post") { title } tag(slug: "no-such-tag") { name } }');
    expect(none.headers.get('cache-control')).toBe(CACHE_CONTROL);
    expect(keysOf(none.headers)).toEqual(['all', 'posts', 'tags']);

    const categories = await get('{ categories { name } site { title } }');
    const all = await gw.db.prisma.category.findMany();
    expect(keysOf(categories.headers)).toEqual(['all', 'categories', 'site', ...all.map((c) => `category:${c.id}`)].sort());
  });

  it("an answer with a post's, category's or tag's url carries `site` too: the site's base URL is in it, and updateSite purges `site`", async () => {
    for (const query of [
      `{ post(slug: "${post.slug}") { url } }`,
      `{ categories { url } }`,
      `{ tags { url } }`,
      `{ post(slug: "${post.slug}") { category { url } } }`,
    ]) {
      const answer = await get(query);
      expect({ query, cacheControl: answer.headers.get('cache-control'), site: keysOf(answer.headers)?.includes('site') }).toEqual({
        query,
        cacheControl: CACHE_CONTROL,
        site: true,
      });
    }
    // Addresses without the base URL (`path`) do not depend on the site's settings.
    expect(keysOf((await get(`{ post(slug: "${post.slug}") { path } }`)).headers)).not.toContain('site');
  });

  it('feeds and the sitemap carry their collections', async () => {
    const feed = await fetch(`${served.base}/feed.xml`);
    expect(feed.headers.get('cache-control')).toBe(CACHE_CONTROL);
    expect(keysOf(feed.headers)).toEqual(['all', 'posts', 'site']);
    const sitemap = await fetch(`${served.base}/sitemap.xml`);
    expect(keysOf(sitemap.headers)).toEqual(['all', 'categories', 'posts', 'site', 'tags']);
    await Promise.all([feed.text(), sitemap.text()]);
  });

  it('signed-in readers, POSTs and answers with errors: no CDN caching, no keys', async () => {
    const query = `{ post(slug: "${post.slug}") { title } }`;
    const signedIn = await get(query, await gw.editorHeaders());
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(signedIn.headers.get('surrogate-key')).toBeNull();
    expect(signedIn.headers.get('cache-tag')).toBeNull();

    const bearer = await get(query, { authorization: `Bearer ${await gw.editorToken()}` });
    expect(bearer.headers.get('cache-control')).toBe('private, no-store');
    expect(bearer.headers.get('surrogate-key')).toBeNull();

    // A private answer (a preview token's post), even anonymous over GET.
    const preview = await get('{ preview(token: "not-a-live-token") { title } }');
    expect(JSON.parse(preview.text)).toEqual({ data: { preview: null } });
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect(preview.headers.get('surrogate-key')).toBeNull();

    const posted = await gw.gql(query);
    expect(posted.status).toBe(200);
    expect(posted.headers.get('cache-control')).toBe('private, no-store');
    expect(posted.headers.get('surrogate-key')).toBeNull();

    // A forged cursor: an answer with errors is not kept by any cache.
    const failed = await get('{ posts(first: 1, after: "bm90LWEtY3Vyc29y") { edges { node { slug } } } }');
    expect(JSON.parse(failed.text).errors).toHaveLength(1);
    expect(failed.headers.get('cache-control') ?? '').not.toContain('s-maxage');
    expect(failed.headers.get('surrogate-key')).toBeNull();
  });

  it('a query first sent as a POST, then as a GET, still carries its keys on the GET (one cache entry)', async () => {
    const query = `{ post(slug: "${post.slug}") { title category { name } } }`;
    const posted = await gw.gql(query);
    expect(posted.headers.get('cache-control')).toBe('private, no-store');
    const first = await get(query);
    const second = await get(query); // the fast path, replaying the stored entry
    for (const answer of [first, second]) {
      expect(answer.headers.get('cache-control')).toBe(CACHE_CONTROL);
      expect(answer.headers.get('surrogate-key')?.split(' ')).toEqual(
        expect.arrayContaining([`post:${post.id}`, `category:${post.categoryId}`]),
      );
    }
  });

  it('caps the header at MAX_KEY_HEADER_BYTES by keeping only the collection keys', () => {
    const many = Array.from({ length: 200 }, (_, i) => `post:${'x'.repeat(20)}${i}`);
    const capped = keyHeaders(['all', 'posts', ...many]);
    expect(capped).toEqual({ 'surrogate-key': 'all posts', 'cache-tag': 'all,posts' });
    const fits = keyHeaders(['posts', 'post:b', 'post:a', 'post:a']);
    expect(fits).toEqual({ 'surrogate-key': 'post:a post:b posts', 'cache-tag': 'post:a,post:b,posts' });
    expect(many.join(' ').length).toBeGreaterThan(MAX_KEY_HEADER_BYTES);
  });
});

describe('purges on commit', () => {
  beforeEach(async () => {
    await purgesSoFar(); // start each test with an empty receiver
  });

  it("an edit of a public post POSTs its keys (and its lists'), with the bearer token, and logs them", async () => {
    const query = `{ post(slug: "${post.slug}") { title category { name } tags { name } } }`;
    const before = await get(query);
    const { version } = await gw.db.prisma.post.findUniqueOrThrow({ where: { id: post.id } });
    const result = await editor(UPDATE, {
      input: { id: globalId('Post', post.id), expectedVersion: version, title: 'Retitled for the CDN' },
    });
    expect(result.body.data.updatePost.__typename).toBe('UpdatePostPayload');
    const [request] = await receiver.waitFor(1);
    expect(request!.headers.authorization).toBe('Bearer purge-secret');
    expect(request!.headers['content-type']).toBe('application/json');
    const purged = await purgesSoFar();
    expect(purged).toHaveLength(1);
    expect(purged[0]!.sort()).toEqual(['home', 'posts', ...postKeys(post)].sort());
    // Every key of the cached page is either purged or `all`: the CDN drops exactly it.
    expect(
      keysOf(before.headers)!
        .filter((key) => key !== 'all')
        .every((key) => purged[0]!.includes(key)),
    ).toBe(true);
    expect(logs.some((line) => line.msg === 'cdn purge' && (line.keys as string[]).includes(`post:${post.id}`))).toBe(true);
    // And the gateway's own copy is fresh.
    expect(JSON.parse((await get(query)).text).data.post.title).toBe('Retitled for the CDN');
  });

  it('publishing a new post purges the lists (posts, home, categories, tags, favorites), not other posts', async () => {
    const created = await editor(
      `mutation { createPost(input: { title: "Fresh for the CDN", summary: "A new post.", body: "Hello.", kind: NOTE }) { __typename ... on CreatePostPayload { post { id version } } } }`,
    );
    const { id, version } = created.body.data.createPost.post;
    expect(await purgesSoFar()).toEqual([]); // a draft shows nowhere public
    const published = await editor(
      `mutation($input: PublishPostInput!) { publishPost(input: $input) { __typename ... on Error { message } } }`,
      {
        input: { id, expectedVersion: version },
      },
    );
    expect(published.body).toEqual({ data: { publishPost: { __typename: 'PublishPostPayload' } } });
    const purged = await purgesSoFar();
    const rowId = (await gw.db.prisma.post.findFirstOrThrow({ where: { title: 'Fresh for the CDN' } })).id;
    expect(purged.flat().sort()).toEqual(['categories', 'favorites', 'home', `post:${rowId}`, 'posts', 'tags'].sort());
  });

  it('a write that rolls back after writing purges nothing; a refused one neither', async () => {
    const logged = logs.length;
    // A trigger makes the revision insert fail after the post's row was updated in the same transaction.
    await gw.db.driver.exec(`
      CREATE FUNCTION cdn_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
      CREATE TRIGGER cdn_test_refuse BEFORE INSERT ON "PostRevision" FOR EACH ROW EXECUTE FUNCTION cdn_test_refuse();`);
    const { version } = await gw.db.prisma.post.findUniqueOrThrow({ where: { id: post.id } });
    try {
      const failed = await editor(UPDATE, { input: { id: globalId('Post', post.id), expectedVersion: version, title: 'Never committed' } });
      expect(failed.body.errors?.[0]?.message).toBe('Unexpected error.');
    } finally {
      await gw.db.driver.exec('DROP TRIGGER cdn_test_refuse ON "PostRevision"; DROP FUNCTION cdn_test_refuse();');
    }
    expect((await gw.db.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).version).toBe(version);
    const stale = await editor(UPDATE, { input: { id: globalId('Post', post.id), expectedVersion: version - 1, title: 'Stale' } });
    expect(stale.body.data.updatePost.__typename).toBe('ConflictError');
    expect(await purgesSoFar()).toEqual([]);
    expect(logs.slice(logged).filter((line) => line.msg === 'cdn purge')).toEqual([]);
  });

  it('category, tag, favorites and site writes purge their own keys', async () => {
    await editor(`mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { __typename } }`, {
      input: { id: globalId('Category', post.categoryId), description: 'Described for the CDN' },
    });
    await editor(`mutation($id: ID!) { addFavorite(postId: $id) { __typename } }`, { id: globalId('Post', post.id) });
    await editor(`mutation { updateSite(input: { title: "CDN Blog" }) { __typename } }`);
    const purged = await purgesSoFar();
    expect(purged.flat()).toEqual(
      expect.arrayContaining([`category:${post.categoryId}`, 'categories', 'favorites', `post:${post.id}`, 'site']),
    );
    expect(purged.flat()).not.toContain('all');
  });
});

describe('the purge receiver', () => {
  it('down: the write still succeeds, and the keys are logged', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const captured = capturingLogger();
    const other = await createTestGateway({ config: { cdnPurgeUrl: `http://127.0.0.1:${port}/purge` }, logger: captured.logger });
    try {
      const row = await other.db.prisma.post.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
      const result = await asEditor(other).then((ed) =>
        ed(UPDATE, { input: { id: globalId('Post', row.id), expectedVersion: row.version, title: 'Written while the CDN is away' } }),
      );
      expect(result.body.data.updatePost.__typename).toBe('UpdatePostPayload');
      expect((await other.db.prisma.post.findUniqueOrThrow({ where: { id: row.id } })).title).toBe('Written while the CDN is away');
      await new Promise((resolve) => setImmediate(resolve));
      expect(captured.lines.some((line) => line.msg === 'cdn purge' && (line.keys as string[]).includes(`post:${row.id}`))).toBe(true);
    } finally {
      await other.yoga.dispose();
      await other.close();
    }
  });

  it('batches at most PURGE_BATCH_KEYS keys per request, and retries failed requests', async () => {
    const local = await startWebhookReceiver();
    try {
      local.script.push(503, 500); // the first two attempts fail
      const purger = new CdnPurger({ logger: pino({ level: 'silent' }), url: local.url, retryBaseMs: 5 });
      const keys = Array.from({ length: 600 }, (_, i) => `post:${i}`);
      purger.purge(keys.slice(0, 300));
      purger.purge(keys.slice(300)); // same turn: merged with the first
      await purger.idle();
      const bodies = local.requests.map((r) => (JSON.parse(r.body) as { keys: string[] }).keys);
      expect(bodies.map((b) => b.length).every((n) => n <= PURGE_BATCH_KEYS)).toBe(true);
      expect(new Set(bodies.flat())).toEqual(new Set(keys));
      expect(local.requests).toHaveLength(3 + 2); // three batches, two of the attempts retried
      expect({ sent: purger.sent, failed: purger.failed }).toEqual({ sent: 3, failed: 0 });

      const unreachable = new CdnPurger({ logger: pino({ level: 'silent' }), url: 'http://127.0.0.1:9/purge', retries: 2, retryBaseMs: 5 });
      unreachable.purge(['posts']);
      await unreachable.idle();
      expect({ sent: unreachable.sent, failed: unreachable.failed }).toEqual({ sent: 0, failed: 1 });
    } finally {
      await local.close();
    }
  });
});
