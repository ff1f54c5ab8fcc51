import { limits } from '#shared/limits.ts';
import type { Prisma, PostKind, PostStatus } from '../__generated__/prisma/client.ts';
import { decodeCursorPair, encodeCursorPair } from './cursor-codec.ts';
import { BadInputError } from './errors.ts';
import { DATABASE_ID, isStorableInstant } from './ids.ts';
import { listStatusWhere, type Reader } from './visibility.ts';

/**
 * Keyset pagination over posts, newest first: ORDER BY publishedAt DESC NULLS FIRST, id DESC
 * (drafts have no publishedAt and come first when an editor includes them; ids are UUIDv7, so
 * newer drafts first). A cursor encodes the sort values of its row, not a row reference, so a
 * page after a post that was deleted or unpublished meanwhile still continues at the right
 * place.
 */
interface SortKey {
  publishedAt: Date | null;
  id: string;
}

const CURSOR_PREFIX = 'p1:';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque cursor: base64url of "p1:" + JSON [publishedAt ISO | null, id]. */
export function encodePostCursor(post: SortKey): string {
  return encodeCursorPair(CURSOR_PREFIX, [post.publishedAt?.toISOString() ?? null, post.id]);
}

/**
 * The sort key inside a cursor made by encodePostCursor; `argName` ("after" or "before") names
 * the argument in the error.
 * @throws BadInputError for anything encodePostCursor did not make (or could not have made).
 */
export function decodePostCursor(cursor: string, argName: string): SortKey {
  const invalid = () => new BadInputError(`Invalid cursor in "${argName}": use a cursor from a previous page of this list.`, argName);
  const pair = decodeCursorPair(cursor, CURSOR_PREFIX);
  if (!pair || typeof pair[1] !== 'string') throw invalid();
  const [at, id] = pair as [unknown, string];
  // Exactly what toISOString() writes for years 0000-9999: anything else (another format, a
  // six-digit year PostgreSQL's timestamptz cannot hold) is not our cursor.
  if (at !== null && (typeof at !== 'string' || !ISO_INSTANT.test(at))) throw invalid();
  const publishedAt = at === null ? null : new Date(at);
  if (publishedAt && !isStorableInstant(publishedAt)) throw invalid();
  if (!DATABASE_ID.test(id)) throw invalid();
  return { publishedAt, id };
}

/**
 * Rows strictly after `key` in newest-first order: the row comparison (publishedAt, id) < key.
 * Prisma cannot write a row comparison, and PostgreSQL treats the OR that spells it out as a
 * filter, checked row by row from the newest post, so page 1,000 of 20 walked 20,000 index
 * entries (5.3× page 1 at 100,000 posts). The redundant `publishedAt <= key` is a range condition
 * on the list indexes (status[, kind | categoryId], publishedAt DESC, id DESC): the scan starts at
 * the cursor, and the OR then only skips the rows that share its instant.
 */
function afterKey({ publishedAt, id }: SortKey): Prisma.PostWhereInput {
  if (publishedAt === null) return { OR: [{ publishedAt: null, id: { lt: id } }, { publishedAt: { not: null } }] };
  return { publishedAt: { lte: publishedAt }, OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: id } }] };
}

/** Rows strictly before `key` in newest-first order. */
function beforeKey({ publishedAt, id }: SortKey): Prisma.PostWhereInput {
  if (publishedAt === null) return { publishedAt: null, id: { gt: id } };
  return { OR: [{ publishedAt: null }, { publishedAt: { gt: publishedAt } }, { publishedAt, id: { gt: id } }] };
}

export interface PostListFilter {
  kind?: PostKind | null;
  categorySlug?: string | null;
  tagSlug?: string | null;
  status?: PostStatus | null;
  includeDrafts?: boolean | null;
  search?: string | null;
}

/**
 * The WHERE for a post list as `reader` may see it: the status part from the visibility policy
 * (visibility.ts: public posts unless an editor asks for drafts), then kind, category, tag and
 * `search` (a title substring, see titleSearch), all combined.
 * @throws ForbiddenError when an anonymous caller asks for drafts; BadInputError for a too-long search.
 */
export function postListWhere(filter: PostListFilter | null | undefined, reader: Reader): Prisma.PostWhereInput {
  const where: Prisma.PostWhereInput = { ...listStatusWhere(filter, reader) };
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.categorySlug) where.category = { slug: filter.categorySlug };
  if (filter?.tagSlug) where.tags = { some: { tag: { slug: filter.tagSlug } } };
  const search = titleSearch(filter?.search);
  // Prisma passes `contains` to ILIKE unescaped: escape LIKE's wildcards so they match themselves.
  if (search) where.title = { contains: search.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' };
  return where;
}

/**
 * The title search of a post list: trimmed; empty means "no search". Case-insensitive substring
 * (ILIKE).
 * @throws BadInputError (argument "filter") above limits.searchMax characters (no title is longer).
 */
export function titleSearch(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text.length > limits.searchMax) {
    throw new BadInputError(`"filter.search" may be at most ${limits.searchMax} characters; got ${text.length}.`, 'filter');
  }
  return text || null;
}

/** Relay connection arguments: page size (`first`/`last`) and opaque cursors (`after`/`before`). */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Page sizes: `first`/`last` between 0 and limits.pageSizeMax (100) when given.
 * @throws BadInputError naming the argument otherwise.
 */
export function checkPageSize(args: ConnectionArgs): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > limits.pageSizeMax)) {
      throw new BadInputError(`"${name}" must be between 0 and ${limits.pageSizeMax}; got ${value}.`, name);
    }
  }
}

/** One page as the connection resolver asks for it: cursors (still encoded), how many rows, and which way. */
export interface PageRequest {
  after?: string | null;
  before?: string | null;
  /** Rows to fetch (the page size plus one, to tell whether there is a next page). */
  limit: number;
  /** True when paging backwards (`last`): rows come oldest first and the caller reverses them. */
  inverted: boolean;
}

/** The Prisma arguments of one page: spread them, with the client's selection, into `post.findMany`. */
export interface PostPageArgs {
  where: Prisma.PostWhereInput;
  orderBy: Prisma.PostOrderByWithRelationInput[];
  take: number;
}

/**
 * The findMany arguments for one page of the posts matching `where`, in keyset order.
 * @throws BadInputError when a cursor was not made by encodePostCursor.
 */
export function postPageArgs(where: Prisma.PostWhereInput, page: PageRequest): PostPageArgs {
  const and: Prisma.PostWhereInput[] = [where];
  if (page.after) and.push(afterKey(decodePostCursor(page.after, 'after')));
  if (page.before) and.push(beforeKey(decodePostCursor(page.before, 'before')));
  const dir = page.inverted ? 'asc' : 'desc';
  return {
    where: { AND: and },
    orderBy: [{ publishedAt: { sort: dir, nulls: page.inverted ? 'last' : 'first' } }, { id: dir }],
    take: page.limit,
  };
}
