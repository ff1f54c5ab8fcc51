// The public site's feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1), sitemap and robots.txt, through the
// real gateway over HTTP: each feed parsed with a real XML parser (fast-xml-parser) or checked
// against JSON Feed 1.1's required fields; only published posts, newest first, absolute links,
// the stored HTML; category and tag feeds; conditional GET; purge on change; the sitemap index.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathOf } from '#shared/paths.ts';
import { publicPostWhere } from '../../server/src/domain/visibility.ts';
import { FEED_SIZE } from '../../server/src/domain/syndication.ts';
import { SITEMAP_URL_LIMIT } from '../../server/src/http/syndication-documents.ts';
import { generatePosts } from '../bench/data.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { CREATE_POST, editorGateway, expectTypename, PUBLISH_POST, UNPUBLISH_POST, UPDATE_POST } from '../support/mutations.ts';
import { globalId } from '../support/queries.ts';

const ctx = editorGateway();
const BASE = 'https://lenatriestounderstand.example';
const JSON_FEED_11 = 'https://jsonfeed.org/version/1.1';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['item', 'entry', 'category', 'url', 'sitemap'].includes(name),
});

async function get(path: string, init: { method?: string; headers?: Record<string, string>; gw?: TestGateway } = {}) {
  const gw = init.gw ?? ctx.gw;
  let response!: Response;
  const sql = await gw.statements(async () => {
    response = await gw.yoga.fetch(`http://gateway.test${path}`, { method: init.method ?? 'GET', headers: init.headers });
  });
  return { status: response.status, headers: response.headers, text: await response.text(), sql };
}

/** Parses a document after checking it is well-formed XML. */
function parseXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text);
}

const decodeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The newest public posts as the feed must list them, from the database. */
async function expectedPosts(where: object = {}) {
  return ctx.gw.db.prisma.post.findMany({
    where: { ...publicPostWhere(), ...where },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: FEED_SIZE,
    select: { id: true, slug: true, title: true, html: true },
  });
}

async function createPost(title: string, extra: Record<string, unknown> = {}) {
  const res = await ctx.editor(CREATE_POST, { input: { title, kind: 'NOTE', summary: 'A summary.', body: 'Some *text*.', ...extra } });
  return expectTypename(res.body.data!.result, 'CreatePostPayload').post;
}
async function publish(id: string, publishedAt?: string) {
  const res = await ctx.editor(PUBLISH_POST, { input: { id, publishedAt } });
  return expectTypename(res.body.data!.result, 'PublishPostPayload').post;
}

const rssItems = async (path: string) => parseXml((await get(path)).text).rss.channel.item ?? [];
const rssLinks = async (path: string) => (await rssItems(path)).map((item: { link: string }) => item.link);

describe('the three feeds of the whole blog', () => {
  it('RSS 2.0: the newest 20 published posts, newest first, absolute links, stored HTML, categories', async () => {
    const res = await get('/feed.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const channel = parseXml(res.text).rss.channel;
    expect(channel.link).toBe(`${BASE}/`);
    const posts = await expectedPosts();
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual(posts.map((post) => `${BASE}/posts/${post.slug}`));
    for (const [i, item] of channel.item.entries()) {
      expect(item.guid['#text']).toBe(`urn:uuid:${posts[i]!.id}`);
      expect(item['content:encoded']).toBe(posts[i]!.html);
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
    }
    expect(channel.item.flatMap((item: { category?: { '@_domain': string }[] }) => item.category ?? []).length).toBeGreaterThan(0);
    for (const item of channel.item)
      for (const category of item.category ?? []) expect(category['@_domain']).toMatch(/^https:\/\/.*\/(category|tag)\//);
  });

  it('Atom 1.0: the same entries with html content, alternate links, author and updated', async () => {
    const res = await get('/atom.xml');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(res.text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.author.name).toBe('lenatriestounderstand');
    const posts = await expectedPosts();
    expect(feed.entry.map((entry: { link: { '@_href': string } }) => entry.link['@_href'])).toEqual(
      posts.map((post) => `${BASE}/posts/${post.slug}`),
    );
    for (const [i, entry] of feed.entry.entries()) {
      expect(entry.content['@_type']).toBe('html');
      expect(entry.content['#text']).toBe(posts[i]!.html);
      expect(new Date(entry.updated).getTime()).not.toBeNaN();
    }
  });

  it('JSON Feed 1.1: version, required fields and the same items', async () => {
    const res = await get('/feed.json');
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(res.text);
    // Required by jsonfeed.org/version/1.1: version, title, items; each item an id and content_html or content_text.
    expect(feed.version).toBe(JSON_FEED_11);
    expect(feed.title).toBe('lenatriestounderstand');
    expect(feed.home_page_url).toBe(`${BASE}/`);
    expect(feed.feed_url).toBe(`${BASE}/feed.json`);
    expect(feed.authors).toEqual([{ name: 'lenatriestounderstand', url: `${BASE}/` }]);
    const posts = await expectedPosts();
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(posts.map((post) => `${BASE}/posts/${post.slug}`));
    for (const [i, item] of feed.items.entries()) {
      expect(typeof item.id).toBe('string');
      expect(item.content_html).toBe(posts[i]!.html);
      expect(item.authors).toHaveLength(1);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    }
  });

  it('HEAD gives the headers without a body; other methods 405', async () => {
    const get200 = await get('/feed.xml');
    const head = await get('/feed.xml', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('etag')).toBe(get200.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(get200.text)));
    const post = await get('/feed.xml', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('what feeds never show', () => {
  it('drafts and scheduled posts, and a post after it is unpublished (the cache is purged)', async () => {
    const draft = await createPost('Feeds: A Draft');
    const scheduled = await createPost('Feeds: Scheduled Later');
    await publish(scheduled.id, new Date(Date.now() + 3_600_000).toISOString());
    const live = await createPost('Feeds: Live Now');
    const before = await get('/feed.json');
    await publish(live.id);
    const after = await get('/feed.json');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const slugs = (text: string) => JSON.parse(text).items.map((item: { url: string }) => item.url.split('/').at(-1));
    expect(slugs(after.text)[0]).toBe(live.slug);
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml']) {
      const { text } = await get(path);
      expect(text).toContain(`/posts/${live.slug}`);
      expect(text).not.toContain(draft.slug);
      expect(text).not.toContain(scheduled.slug);
    }
    const unpublished = await ctx.editor(UNPUBLISH_POST, { input: { id: live.id } });
    expectTypename(unpublished.body.data!.result, 'UnpublishPostPayload');
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml']) expect((await get(path)).text).not.toContain(live.slug);
  });

  it('XML-special characters in titles, summaries and bodies (&, <, ]]>) give well-formed feeds with the text intact', async () => {
    const title = 'Feeds: Fish & Chips <b>not bold</b> ]]> end';
    const post = await createPost(title, { summary: 'Less < more & ]]> too', body: 'A ]]> inside & <i>html</i> text.' });
    await publish(post.id);
    const rss = parseXml((await get('/feed.xml')).text).rss.channel.item[0];
    expect(rss.title).toBe(title);
    expect(rss.description).toBe('Less < more & ]]> too');
    expect(rss['content:encoded']).toContain(']]>');
    const atom = parseXml((await get('/atom.xml')).text).feed.entry[0];
    expect(atom.title['@_type']).toBe('html');
    expect(decodeHtml(atom.title['#text'])).toBe(title);
    expect(JSON.parse((await get('/feed.json')).text).items[0].title).toBe(title);
    await ctx.editor(UNPUBLISH_POST, { input: { id: post.id } });
  });

  it('characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) are left out of RSS and Atom, which stay well-formed', async () => {
    const post = await createPost('Feeds: bell\u0001\u0008\u000b here\uffff', { summary: 'Sum\u0007mary', body: 'Body \u0003 text.' });
    await publish(post.id);
    for (const path of ['/feed.xml', '/atom.xml']) {
      const text = (await get(path)).text;
      expect(text).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
      parseXml(text);
    }
    const rss = parseXml((await get('/feed.xml')).text).rss.channel.item[0];
    expect(rss.title).toBe('Feeds: bell here');
    expect(rss.description).toBe('Summary');
    await ctx.editor(UNPUBLISH_POST, { input: { id: post.id } });
  });
});

describe('category and tag feeds', () => {
  it('list only the posts of their category or tag, with their own links', async () => {
    const llm = await ctx.gw.db.prisma.category.findUniqueOrThrow({ where: { slug: 'llm' } });
    const posts = await expectedPosts({ categoryId: llm.id });
    expect(posts.length).toBeGreaterThan(0);
    expect(await rssLinks('/category/llm/feed.xml')).toEqual(posts.map((post) => `${BASE}/posts/${post.slug}`));
    const json = JSON.parse((await get('/category/llm/feed.json')).text);
    expect(json.home_page_url).toBe(`${BASE}/category/llm`);
    expect(json.feed_url).toBe(`${BASE}/category/llm/feed.json`);
    const atom = parseXml((await get('/category/llm/atom.xml')).text).feed;
    expect(atom.entry).toHaveLength(posts.length);

    const tagged = await expectedPosts({ tags: { some: { tag: { slug: 'rlhf' } } } });
    expect(tagged.length).toBeGreaterThan(0);
    expect(await rssLinks('/tag/rlhf/feed.xml')).toEqual(tagged.map((post) => `${BASE}/posts/${post.slug}`));
  });

  it('404 for an unknown category or tag, a tag only drafts carry, and a malformed slug', async () => {
    const draft = await createPost('Feeds: Secret Topic', { tags: ['feeds-secret-topic'] });
    expect(draft.tags.map((tag) => tag.slug)).toContain('feeds-secret-topic');
    for (const path of ['/category/nope/feed.xml', '/tag/nope/atom.xml', '/tag/feeds-secret-topic/feed.json', '/tag/Bad%20Slug/feed.xml']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
    }
    // The category exists but has no published posts yet: an empty feed, not a 404.
    const res = await ctx.editor(
      `mutation { createCategory(input: { name: "Feeds Empty" }) { __typename ... on CreateCategoryPayload { category { slug } } } }`,
    );
    const slug = res.body.data.createCategory.category.slug;
    const empty = await get(`/category/${slug}/feed.xml`);
    expect(empty.status).toBe(200);
    expect(parseXml(empty.text).rss.channel.item).toBeUndefined();
  });
});

describe('conditional GET', () => {
  it('304 on If-None-Match and on If-Modified-Since; Cache-Control and Last-Modified on every answer', async () => {
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/category/llm/feed.xml', '/sitemap.xml', '/robots.txt']) {
      const first = await get(path);
      const etag = first.headers.get('etag')!;
      const lastModified = first.headers.get('last-modified')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(new Date(lastModified).getTime()).not.toBeNaN();
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
      const byTag = await get(path, { headers: { 'if-none-match': etag } });
      expect(byTag.status, path).toBe(304);
      expect(byTag.text).toBe('');
      expect(byTag.headers.get('etag')).toBe(etag);
      expect(byTag.sql).toEqual([]);
      expect((await get(path, { headers: { 'if-modified-since': lastModified } })).status, path).toBe(304);
      expect((await get(path, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
      const earlier = new Date(new Date(lastModified).getTime() - 1000).toUTCString();
      expect((await get(path, { headers: { 'if-modified-since': earlier } })).status).toBe(200);
    }
  });

  it('a change gives a new ETag and a later Last-Modified: the old validators get 200', async () => {
    const first = await get('/feed.xml');
    // Last-Modified has whole seconds: the change must come in a later second to be told apart.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const [newest] = await expectedPosts();
    const row = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { id: newest!.id } });
    const edited = await ctx.editor(UPDATE_POST, {
      input: { id: globalId('Post', row.id), expectedVersion: row.version, title: `${row.title}!` },
    });
    expectTypename(edited.body.data!.result, 'UpdatePostPayload');
    const byTag = await get('/feed.xml', { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(byTag.status).toBe(200);
    expect(byTag.text).toContain(`${row.title}!`);
    expect(byTag.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect((await get('/feed.xml', { headers: { 'if-modified-since': first.headers.get('last-modified')! } })).status).toBe(200);
  });
});

/** Every URL a sitemap document lists (a urlset's <loc>s). */
const locs = (text: string): string[] => (parseXml(text).urlset.url ?? []).map((url: { loc: string }) => url.loc);

async function publicUrls(gw: TestGateway): Promise<string[]> {
  const prisma = gw.db.prisma;
  const [posts, categories, tags] = await Promise.all([
    prisma.post.findMany({ where: publicPostWhere(), select: { slug: true } }),
    prisma.category.findMany({ where: { posts: { some: publicPostWhere() } }, select: { slug: true } }),
    prisma.tag.findMany({ where: { posts: { some: { post: publicPostWhere() } } }, select: { slug: true } }),
  ]);
  return [
    `${BASE}/`,
    ...categories.map((c) => BASE + pathOf('category', c.slug)),
    ...tags.map((t) => BASE + pathOf('tag', t.slug)),
    ...posts.map((p) => BASE + pathOf('post', p.slug)),
  ].sort();
}

describe('sitemap and robots.txt', () => {
  it('/sitemap.xml lists exactly the public URLs, each with its last change', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const doc = parseXml(res.text);
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(locs(res.text).sort()).toEqual(await publicUrls(ctx.gw));
    for (const url of doc.urlset.url) expect(new Date(url.lastmod).getTime()).not.toBeNaN();
    // Below the limit there are no pages.
    expect((await get('/sitemap-1.xml')).status).toBe(404);
    expect(SITEMAP_URL_LIMIT).toBe(50_000);
  });

  it('/robots.txt allows the public site, keeps crawlers out of /admin and /graphql, and names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.text.split('\n')).toEqual(
      expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /graphql', `Sitemap: ${BASE}/sitemap.xml`]),
    );
  });
});

describe('past the URL limit (a limit of 7 injected)', () => {
  let small: TestGateway;
  beforeAll(async () => {
    small = await createTestGateway({ gateway: { sitemapUrlLimit: 7 } });
  });
  afterAll(() => small?.close());

  it('/sitemap.xml is an index of /sitemap-<n>.xml pages of at most 7 URLs that together list every public URL once', async () => {
    const expected = await publicUrls(small);
    const pages = Math.ceil(expected.length / 7);
    expect(pages).toBeGreaterThan(3);
    const index = parseXml((await get('/sitemap.xml', { gw: small })).text).sitemapindex;
    expect(index.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual(
      Array.from({ length: pages }, (_, i) => `${BASE}/sitemap-${i + 1}.xml`),
    );
    const listed: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await get(`/sitemap-${n}.xml`, { gw: small });
      expect(page.status).toBe(200);
      const urls = locs(page.text);
      expect(urls.length).toBeLessThanOrEqual(7);
      listed.push(...urls);
    }
    expect(listed.sort()).toEqual(expected);
    expect((await get(`/sitemap-${pages + 1}.xml`, { gw: small })).status).toBe(404);
    expect((await get('/sitemap-0.xml', { gw: small })).status).toBe(404);
  });
});

describe('SQL statements per feed: the same on the seed as with 300 more posts', () => {
  let scale: TestGateway;
  const paths = ['/feed.xml', '/category/llm/atom.xml', '/tag/rlhf/feed.json'];
  const cold = async (path: string) => (await get(path, { gw: scale })).sql;
  const coldCounts = async () => {
    const counts: number[] = [];
    for (const path of paths) {
      const sql = await cold(path);
      counts.push(sql.length);
    }
    return counts;
  };
  beforeAll(async () => {
    // No cache: every request is built again, so each is counted.
    scale = await createTestGateway({ config: { cacheTtlSeconds: 0 } });
  });
  afterAll(() => scale?.close());

  it('2 for the whole blog, 3 for a category or tag; a cached one costs none', async () => {
    const onSeed = await coldCounts();
    expect(onSeed, (await cold(paths[1]!)).join('\n')).toEqual([2, 3, 3]);
    await generatePosts(scale.db.prisma, { count: 300, seed: 7 });
    expect(await coldCounts()).toEqual(onSeed);
    const cached = await createTestGateway();
    try {
      await get('/feed.xml', { gw: cached });
      expect((await get('/feed.xml', { gw: cached })).sql).toEqual([]);
    } finally {
      await cached.close();
    }
  }, 120_000);
});
