import { DATABASE_ID, isStorableInstant } from './ids.ts';
import { GraphQLError } from 'graphql';
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { limits } from '#shared/limits.ts';
import type { Prisma, PostKind, PostStatus } from '../__generated__/prisma/client.ts';
import type { GatewayContext } from '../context.ts';

/**
 * Keyset pagination over posts, newest first: ORDER BY publishedAt DESC NULLS FIRST, id DESC
 * (drafts have no publishedAt and come first when an editor includes them; ids are UUIDv7, so
 * newer drafts first). A cursor encodes the sort values of its row, not a row reference, so a
 * page after a post that was deleted or unpublished meanwhile still continues at the right
 * place (DESIGN.md, "Rules behind the contract").
 */
interface SortKey {
  publishedAt: Date | null;
  id: string;
}

const CURSOR_PREFIX = 'p1:';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque cursor: base64url of "p1:" + JSON [publishedAt ISO | null, id]. */
export function encodePostCursor(post: SortKey): string {
  const json = JSON.stringify([post.publishedAt?.toISOString() ?? null, post.id]);
  return Buffer.from(CURSOR_PREFIX + json).toString('base64url');
}

/** @throws GraphQLError BAD_USER_INPUT for anything not made by encodePostCursor. */
export function decodePostCursor(cursor: string, argName: string): SortKey {
  const invalid = () =>
    new GraphQLError(`Invalid cursor in "${argName}": use a cursor from a previous page of this list.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: argName },
    });
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== 2 || typeof value[1] !== 'string') throw invalid();
  const [at, id] = value as [unknown, string];
  // Exactly what toISOString() writes for years 0000-9999: anything else (another format, a
  // six-digit year PostgreSQL's timestamptz cannot hold) is not our cursor.
  if (at !== null && (typeof at !== 'string' || !ISO_INSTANT.test(at))) throw invalid();
  const publishedAt = at === null ? null : new Date(at);
  if (publishedAt && !isStorableInstant(publishedAt)) throw invalid();
  if (!DATABASE_ID.test(id)) throw invalid();
  return { publishedAt, id };
}

/** Rows strictly after `key` in newest-first order. */
function afterKey({ publishedAt, id }: SortKey): Prisma.PostWhereInput {
  if (publishedAt === null) return { OR: [{ publishedAt: null, id: { lt: id } }, { publishedAt: { not: null } }] };
  return { OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: id } }] };
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
 * The WHERE for a post list. Anonymous callers see PUBLISHED only; `status: DRAFT` or
 * `includeDrafts` are for editors (DESIGN.md: "Signed-in editors also see drafts where they ask").
 * `search` narrows by title (see titleSearch) and combines with the other filters.
 * @throws GraphQLError FORBIDDEN when an anonymous caller asks for drafts.
 */
export function postListWhere(filter: PostListFilter | null | undefined, ctx: GatewayContext): Prisma.PostWhereInput {
  const wantsDrafts = filter?.status === 'DRAFT' || filter?.includeDrafts === true;
  if (wantsDrafts && !ctx.viewer) {
    throw new GraphQLError('Drafts are visible to signed-in editors only.', { extensions: { code: 'FORBIDDEN' } });
  }
  const where: Prisma.PostWhereInput = {};
  if (filter?.status) where.status = filter.status;
  else if (!filter?.includeDrafts) where.status = 'PUBLISHED';
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
 * @throws GraphQLError BAD_USER_INPUT above limits.searchMax characters (no title is longer).
 */
export function titleSearch(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text.length > limits.searchMax) {
    throw new GraphQLError(`"filter.search" may be at most ${limits.searchMax} characters; got ${text.length}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' },
    });
  }
  return text || null;
}

/** Connection arguments as GraphQL gives them. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** @throws GraphQLError BAD_USER_INPUT when first/last is negative or above limits.pageSizeMax. */
export function checkPageSize(args: ConnectionArgs): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > limits.pageSizeMax)) {
      throw new GraphQLError(`"${name}" must be between 0 and ${limits.pageSizeMax}; got ${value}.`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: name },
      });
    }
  }
}

/**
 * Resolves a Relay connection of posts with keyset cursors. `findMany` receives the Prisma args
 * (where/orderBy/take) to spread with the nested selection; `count` runs only if the client
 * selects totalCount (it counts the whole filtered list, ignoring the cursors).
 */
export async function resolvePostConnection<T extends SortKey>(options: {
  args: ConnectionArgs;
  where: Prisma.PostWhereInput;
  findMany: (args: { where: Prisma.PostWhereInput; orderBy: Prisma.PostOrderByWithRelationInput[]; take: number }) => Promise<T[]>;
  count: (where: Prisma.PostWhereInput) => Promise<number>;
}) {
  checkPageSize(options.args);
  const connection = await resolveCursorConnection(
    { args: options.args, toCursor: encodePostCursor, defaultSize: limits.pageSizeDefault, maxSize: limits.pageSizeMax },
    ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
      const and: Prisma.PostWhereInput[] = [options.where];
      if (after) and.push(afterKey(decodePostCursor(after, 'after')));
      if (before) and.push(beforeKey(decodePostCursor(before, 'before')));
      const dir = inverted ? 'asc' : 'desc';
      return options.findMany({
        where: { AND: and },
        orderBy: [{ publishedAt: { sort: dir, nulls: inverted ? 'last' : 'first' } }, { id: dir }],
        take: limit,
      });
    },
  );
  return { ...connection, totalCount: () => options.count(options.where) };
}
