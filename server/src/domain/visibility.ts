import { type PostStatus, Prisma } from '../__generated__/prisma/client.ts';
import { ForbiddenError } from './errors.ts';

/**
 * The visibility policy: what an anonymous caller may see, and what only editors may. Every read
 * path asks here — post lists, `post(slug)`, `node`/`nodes`, favorites, the home feed, tags and the
 * counts on categories and tags — so a new status (or a publication date in the future) is a
 * change to this file alone.
 *
 * The rule: anonymous callers see published posts only, and only the tags some published post
 * carries (a tag used by drafts alone would reveal an unpublished topic). Drafts and SCHEDULED
 * posts are hidden alike: a scheduled post becomes public when the scheduler makes it PUBLISHED
 * (domain/scheduling.ts), not when its date passes, so every path switches at the same commit.
 * Editors see everything, but lists still default to what the blog shows; drafts and scheduled
 * posts are listed where an editor asks for them. The one other way to a hidden post is a preview
 * link's token (domain/preview-links.ts), which shows that one post to whoever holds it.
 */

/** The caller as visibility sees it: null when anonymous. Anyone signed in is an editor. */
export type Reader = { readonly id: string } | null;

/** The status every caller may see. */
const PUBLIC_STATUS = 'PUBLISHED' satisfies PostStatus;

/** The WHERE shapes this file hands out: plain column conditions, so they also fit a unique lookup. */
type PostCondition = Pick<Prisma.PostWhereInput, 'status' | 'publishedAt'>;
type TagCondition = Pick<Prisma.TagWhereInput, 'publishedCounts'>;

/** True when `reader` may see posts that are not public (drafts): editors only. */
export function canSeeDrafts(reader: Reader): boolean {
  return reader !== null;
}

/**
 * The posts anyone may see, whoever asks. The counts shown on categories and tags use it for
 * editors too ("published posts in the category").
 */
export function publicPostWhere(): PostCondition {
  return { status: PUBLIC_STATUS };
}

/**
 * {@link publicPostWhere} as SQL on the Post table under `alias`, for the aggregates Prisma cannot
 * write (the newest change among a tag's public posts, for the sitemap).
 */
export function publicPostSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`"${alias}"."status"`)} = CAST(${PUBLIC_STATUS} AS "PostStatus")`;
}

/** True when anyone may see `post` (its status is the public one): what webhooks announce. */
export function isPublicPost(post: { status: PostStatus }): boolean {
  return post.status === PUBLIC_STATUS;
}

/** The posts `reader` may see: all for an editor, the public ones otherwise. */
export function visiblePostWhere(reader: Reader): PostCondition {
  return canSeeDrafts(reader) ? {} : publicPostWhere();
}

/** The unique lookup of post `id` that finds nothing when `reader` may not see it (`node(id)`). */
export function visiblePostById(id: string, reader: Reader): Prisma.PostWhereUniqueInput {
  return { id, ...visiblePostWhere(reader) };
}

/**
 * The unique lookup of revision `id` that finds nothing unless `reader` is an editor: a post's
 * history is the editors' business, whatever the post's status (`OR: []` matches no row).
 */
export function visibleRevisionById(id: string, reader: Reader): Prisma.PostRevisionWhereUniqueInput {
  return canSeeDrafts(reader) ? { id } : { id, OR: [] };
}

/**
 * The tags `reader` may see: all for an editor (the admin's autocomplete needs them), else those on
 * a public post — read from the tag's published-post counter (domain/published-counts.ts), one
 * indexed row per tag instead of a scan of its links.
 */
export function visibleTagWhere(reader: Reader): TagCondition {
  return canSeeDrafts(reader) ? {} : { publishedCounts: { some: { kind: null, count: { gt: 0 } } } };
}

/** The unique lookup of tag `id` that finds nothing when `reader` may not see it (`node(id)`). */
export function visibleTagById(id: string, reader: Reader): Prisma.TagWhereUniqueInput {
  return { id, ...visibleTagWhere(reader) };
}

/** What a post list asks for, as far as status goes (PostFilter's fields). */
export interface StatusFilter {
  status?: PostStatus | null;
  includeDrafts?: boolean | null;
}

/**
 * The status part of a post list's WHERE:
 * - neither `status` nor `includeDrafts`: the public posts, for editors too;
 * - `status`: posts of that status; a non-public one (DRAFT, SCHEDULED) is for editors only;
 * - `includeDrafts: true`: every status, editors only.
 * @throws ForbiddenError when an anonymous caller asks for a non-public status or for drafts.
 */
export function listStatusWhere(filter: StatusFilter | null | undefined, reader: Reader): PostCondition {
  const status = listStatus(filter, reader);
  return status ? { status } : {};
}

/**
 * listStatusWhere's rule as a value, for reads written in SQL (Query.search): the one status a
 * list may show, or null for every status (an editor's `includeDrafts`).
 * @throws ForbiddenError when an anonymous caller asks for a non-public status or for drafts.
 */
export function listStatus(filter: StatusFilter | null | undefined, reader: Reader): PostStatus | null {
  if (!isPublicListStatus(filter) && !canSeeDrafts(reader))
    throw new ForbiddenError('Drafts and scheduled posts are visible to signed-in editors only.');
  if (filter?.status) return filter.status;
  if (!filter?.includeDrafts) return PUBLIC_STATUS;
  return null;
}

/**
 * True when a list asks for public posts only (no status or the public one, no drafts): the lists
 * anyone may read, and the ones whose sizes the published-post counters hold.
 */
export function isPublicListStatus(filter: StatusFilter | null | undefined): boolean {
  return (filter?.status == null || filter.status === PUBLIC_STATUS) && filter?.includeDrafts !== true;
}
