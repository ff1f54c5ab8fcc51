import { limits } from './limits.ts';
import { slugPattern } from './slug.ts';

/**
 * The public addresses of the blog's pages, for the gateway (Post.path, Query.route, redirects)
 * and the admin (the "old address will redirect" note) alike: `/posts/<slug>`,
 * `/category/<slug>`, `/tag/<slug>`. A URL is the site's baseUrl (no trailing slash) + the path.
 */

/** The kinds of page that have an address, and the first path segment of each. */
const SEGMENTS = { post: 'posts', category: 'category', tag: 'tag' } as const;
export type PathKind = keyof typeof SEGMENTS;

const KIND_OF_SEGMENT = new Map<string, PathKind>(Object.entries(SEGMENTS).map(([kind, segment]) => [segment, kind as PathKind]));

/**
 * Longest path text {@link parsePath} looks at, in characters: the longest real path is
 * "/category/" + a 120-character slug, percent-encoding triples a character at most; anything
 * longer is not one of ours.
 */
export const pathInputMax = 3 * (SEGMENTS.category.length + 2 + limits.slugMax);

/** The path of a page of `kind` with `slug`, e.g. pathOf('tag', 'rag') = "/tag/rag". */
export function pathOf(kind: PathKind, slug: string): string {
  return `/${SEGMENTS[kind]}/${slug}`;
}

/**
 * A post's public path, "/posts/<slug>", or null unless it is PUBLISHED: drafts and scheduled
 * posts have no public address yet.
 */
export function postPath(post: { slug: string; status: string }): string | null {
  return post.status === 'PUBLISHED' ? pathOf('post', post.slug) : null;
}

/**
 * The path of a preview link on the public site, "/preview/<token>": the frontend's page that asks
 * `Query.preview(token)` for the post. Not a page of {@link parsePath}: previews are not routed.
 */
export function previewPathOf(token: string): string {
  return `/preview/${token}`;
}

/** The absolute URL of `path` on the site at `baseUrl` (stored without a trailing slash). */
export function urlOf(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

/**
 * A requested path read as one of ours, or null when it cannot be one. Normalised the way a
 * visitor's browser or a frontend's router may write it: a query string or fragment is dropped,
 * percent-escapes are decoded, trailing slashes are ignored ("/posts/a-b/" = "/posts/a-b"). The
 * slug must satisfy the slug rule (shared/src/slug.ts), so nothing else reaches a lookup.
 * `path` is the normalised form ({@link pathOf}), the key of a stored redirect.
 */
export function parsePath(input: string): { kind: PathKind; slug: string; path: string } | null {
  if (input.length > pathInputMax) return null;
  let text = input.replace(/[?#].*$/s, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    return null;
  }
  const parts = text.replace(/\/+$/, '').split('/');
  if (parts.length !== 3 || parts[0] !== '') return null;
  const kind = KIND_OF_SEGMENT.get(parts[1]!);
  const slug = parts[2]!;
  if (!kind || slug.length > limits.slugMax || !slugPattern.test(slug)) return null;
  return { kind, slug, path: pathOf(kind, slug) };
}
