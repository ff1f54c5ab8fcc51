import { Feed, type Item } from 'feed';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { pathOf, urlOf } from '#shared/paths.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import type { MarkdownRenderer } from '../content/renderer.ts';
import { currentRendering } from '../content/stored-rendering.ts';
import {
  type FeedContent,
  publicPostCount,
  type SitemapEntry,
  sitemapPosts,
  sitemapTaxonomy,
  syndicationSite,
} from '../domain/syndication.ts';

/**
 * The documents behind /feed.xml, /atom.xml, /feed.json (and their category and tag variants),
 * /sitemap.xml, /sitemap-<n>.xml and /robots.txt, built from the domain's queries
 * (domain/syndication.ts) with well-kept writers: `feed` for RSS 2.0 and Atom 1.0, `sitemap` for
 * the sitemaps. Every link is absolute: the site's baseUrl + the page's path (shared/src/paths.ts).
 */

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Each feed's file name under its scope ("/", "/category/<slug>/", "/tag/<slug>/") and media type. */
export const FEED_FORMATS: Record<FeedFormat, { file: string; contentType: string }> = {
  rss: { file: 'feed.xml', contentType: 'application/rss+xml; charset=utf-8' },
  atom: { file: 'atom.xml', contentType: 'application/atom+xml; charset=utf-8' },
  json: { file: 'feed.json', contentType: 'application/feed+json; charset=utf-8' },
};

/**
 * URLs in one sitemap file: the sitemaps protocol's limit (sitemaps.org, "no more than 50,000
 * URLs"). Past it /sitemap.xml is an index of /sitemap-<n>.xml files of at most this many each.
 */
export const SITEMAP_URL_LIMIT = 50_000;

/** A built document: its bytes and media type. */
export interface SyndicationDocument {
  body: Buffer;
  contentType: string;
}

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * Characters XML 1.0 does not allow anywhere in a document (its `Char` production: everything but
 * tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF). Post text may
 * hold them (a title with U+0001, a U+FFFF), and the `feed` package writes them as they are, which
 * makes the whole feed malformed for every reader. The markup the package writes never contains
 * them, so removing them from the finished document removes only content characters.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for a place the feed declares as HTML (Atom's `<title type="html">`). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One feed of `content` in `format`. Items: the post's absolute URL as link, `urn:uuid:<post id>`
 * as id (stable across slug renames), its stored sanitized HTML as content (rendered now if
 * stale, content/stored-rendering.ts), the summary, publication and last-change dates, category
 * and tags. The author is the site (the blog has one author; editors' accounts are not public).
 * The feed's date is its newest item's last change, so unchanged content gives identical bytes.
 *
 * JSON Feed: the `feed` package writes version 1 (`author`); the result is upgraded to 1.1 here
 * (version URL, `authors` arrays beside the deprecated `author`, which 1.1 asks publishers to keep
 * for 1.0 readers, and `language` left out as unknown).
 */
export async function feedDocument(
  content: FeedContent,
  format: FeedFormat,
  deps: { prisma: PrismaClient; renderer: MarkdownRenderer },
): Promise<SyndicationDocument> {
  const { site, scope, posts } = content;
  const base = scope?.path ?? '';
  const feedUrl = (kind: FeedFormat) => urlOf(site.baseUrl, `${base}/${FEED_FORMATS[kind].file}`);
  const author = { name: site.title, link: urlOf(site.baseUrl, '/') };
  const newest = posts.reduce<Date>((at, post) => (post.updatedAt > at ? post.updatedAt : at), new Date(0));
  const feed = new Feed({
    id: feedUrl(format),
    title: scope ? `${site.title}: ${scope.name}` : site.title,
    description: site.description,
    link: urlOf(site.baseUrl, scope?.path ?? '/'),
    updated: newest,
    generator: false,
    copyright: '',
    author,
    feedLinks: { rss: feedUrl('rss'), atom: feedUrl('atom'), json: feedUrl('json') },
  });
  const request = {};
  for (const post of posts) {
    const { html } = await currentRendering(post, { ...deps, request });
    const category = post.category
      ? [{ name: post.category.name, domain: urlOf(site.baseUrl, pathOf('category', post.category.slug)), term: post.category.slug }]
      : [];
    const tags = post.tags.map((tag) => ({ name: tag.name, domain: urlOf(site.baseUrl, pathOf('tag', tag.slug)), term: tag.slug }));
    const item: Item = {
      id: `urn:uuid:${post.id}`,
      title: format === 'atom' ? escapeHtml(post.title) : post.title,
      link: urlOf(site.baseUrl, pathOf('post', post.slug)),
      description: format === 'atom' ? escapeHtml(post.summary) : post.summary,
      content: html,
      date: post.updatedAt,
      published: post.publishedAt,
      category: [...category, ...tags],
      // RSS 2.0's <author> must be an email address, which the blog does not publish.
      ...(format === 'rss' ? {} : { author: [author] }),
    };
    feed.addItem(item);
  }
  if (format === 'rss') return { body: Buffer.from(feed.rss2().replace(NOT_XML_CHAR, '')), contentType: FEED_FORMATS.rss.contentType };
  if (format === 'atom') return { body: Buffer.from(feed.atom1().replace(NOT_XML_CHAR, '')), contentType: FEED_FORMATS.atom.contentType };
  return { body: Buffer.from(JSON.stringify(toJsonFeed11(JSON.parse(feed.json1())))), contentType: FEED_FORMATS.json.contentType };
}

type JsonAuthor = { name?: string; url?: string };
type JsonFeed = { version: string; author?: JsonAuthor; authors?: JsonAuthor[]; items: { author?: JsonAuthor; authors?: JsonAuthor[] }[] };

/** JSON Feed 1 as `feed` writes it → 1.1 (jsonfeed.org/version/1.1: `authors` replaces `author`, which may stay for 1.0 readers). */
function toJsonFeed11(v1: JsonFeed): JsonFeed {
  const upgrade = <T extends { author?: JsonAuthor }>(object: T) => (object.author ? { ...object, authors: [object.author] } : object);
  return { ...upgrade(v1), version: JSON_FEED_VERSION, items: v1.items.map(upgrade) };
}

/** What a sitemap request asks for: /sitemap.xml (`page` null) or /sitemap-<page>.xml. */
export interface SitemapRequest {
  page: number | null;
  /** URLs per file; default {@link SITEMAP_URL_LIMIT} (tests pass a small one). */
  urlLimit?: number;
}

const XML = 'application/xml; charset=utf-8';
const sitemapNamespaces = { news: false, xhtml: false, image: false, video: false };

/**
 * The sitemap: every public URL (domain/syndication.ts's order: home, categories, tags, then posts
 * newest first) with its last change. Up to `urlLimit` URLs /sitemap.xml lists them all; past it,
 * /sitemap.xml is an index of /sitemap-1.xml … /sitemap-<k>.xml, page n holding URLs
 * (n-1)·limit … n·limit-1. Posts are read in keyset chunks and streamed into the writer, so memory
 * holds one chunk of rows and one file's bytes. Null for a page that does not exist (no index, or
 * past the last page).
 */
export async function sitemapDocument(prisma: PrismaClient, request: SitemapRequest): Promise<SyndicationDocument | null> {
  const limit = request.urlLimit ?? SITEMAP_URL_LIMIT;
  const [site, taxonomy, posts] = await Promise.all([syndicationSite(prisma), sitemapTaxonomy(prisma), publicPostCount(prisma)]);
  const total = taxonomy.length + posts;
  const pages = Math.ceil(total / limit);
  if (request.page === null && pages > 1) {
    const index = new SitemapIndexStream();
    const done = streamToPromise(index);
    for (let page = 1; page <= pages; page++) index.write({ url: urlOf(site.baseUrl, `/sitemap-${page}.xml`) });
    index.end();
    return { body: await done, contentType: XML };
  }
  if (request.page !== null && (pages <= 1 || request.page < 1 || request.page > pages)) return null;
  const start = request.page === null ? 0 : (request.page - 1) * limit;
  const end = Math.min(total, start + limit);
  const stream = new SitemapStream({ hostname: site.baseUrl, xmlns: sitemapNamespaces });
  const done = streamToPromise(stream);
  const write = (entries: SitemapEntry[]) => {
    for (const entry of entries) stream.write({ url: urlOf(site.baseUrl, entry.path), lastmod: entry.lastModified?.toISOString() });
  };
  write(taxonomy.slice(start, end));
  const postStart = Math.max(start, taxonomy.length);
  if (end > postStart) {
    for await (const chunk of sitemapPosts(prisma, { offset: postStart - taxonomy.length, count: end - postStart })) write(chunk);
  }
  stream.end();
  return { body: await done, contentType: XML };
}

/**
 * robots.txt: everything public may be crawled; /admin (the editors' app) and /graphql (the API:
 * GET queries are URLs a crawler would walk without end) may not; the sitemap by absolute URL.
 */
export async function robotsDocument(prisma: PrismaClient): Promise<SyndicationDocument> {
  const site = await syndicationSite(prisma);
  const text = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /graphql',
    '',
    `Sitemap: ${urlOf(site.baseUrl, '/sitemap.xml')}`,
    '',
  ];
  return { body: Buffer.from(text.join('\n')), contentType: 'text/plain; charset=utf-8' };
}
