import { escapeHtml } from '#shared/escape-html.ts';
import { limits } from '#shared/limits.ts';
import { Prisma, type PostKind, type PrismaClient } from '../__generated__/prisma/client.ts';
import { decodeCursorPair, encodeCursorPair } from './cursor-codec.ts';
import { BadInputError } from './errors.ts';
import { DATABASE_ID } from './ids.ts';
import { listStatus, type Reader, type StatusFilter } from './visibility.ts';

/**
 * Ranked full-text search over posts (Query.search), on PostgreSQL's text search: the stored
 * `Post.searchVector` (title weight A, summary and tag names B, body C, English stemming; kept by
 * database triggers, see the post_search migration) matched with `websearch_to_tsquery('english',
 * query)`, so "quoted phrases", `-exclusions` and `or` work and a query of stop words alone
 * matches nothing. Order: rank DESC, id DESC, with keyset cursors over (rank, id), among the
 * newest SEARCH_CANDIDATES_MAX matches.
 */

/**
 * The most matches one search ranks: the newest this many (publishedAt DESC, drafts first, then
 * id DESC). Ranking reads every candidate's row, so its cost grows with the number of matches;
 * with the cap it is bounded. Measured on PostgreSQL 15 with 100,000 generated posts
 * (`npm run bench:data`, where common words are in ~90 % of posts): a common word took 1.1 s to
 * rank all 86,000 matches and ~30–100 ms (warm–cold) with 300–1,000 candidates (docs/benchmarks.md).
 * 500 results are 25 pages of 20, more than readers page through.
 */
export const SEARCH_CANDIDATES_MAX = 500;

/** What a search may be narrowed to. A non-public `status` and `includeDrafts` are for editors (visibility.ts listStatus). */
export interface SearchFilter extends StatusFilter {
  kind?: PostKind | null;
  categorySlug?: string | null;
  tagSlug?: string | null;
}

/** One ranked match: the post's id, its rank and the highlighted excerpt. */
export interface SearchHit {
  id: string;
  /** ts_rank of the match, 0 < rank ≤ ~1 (a float4; higher is better). */
  rank: number;
  /** The rank exactly as PostgreSQL writes the float4 (the cursor carries it, so no rounding moves a page boundary). */
  rankText: string;
  /** Summary and body excerpt, HTML-escaped, matching words in `<mark>…</mark>` (see toHighlightHtml). */
  highlight: string;
}

/**
 * ts_headline's options: at most two fragments of 12–30 words from summary and body, joined by
 * " … ". The markers are control characters no stored text keeps (they are removed from the
 * document first), swapped for <mark> after escaping.
 */
const MARK_START = '\u0001';
const MARK_END = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The search text: trimmed.
 * @throws BadInputError (argument "query") when it is empty or longer than limits.searchMax (200) characters.
 */
export function searchQueryText(query: string): string {
  const text = query.trim();
  if (text === '') throw new BadInputError('"query" must not be empty: give at least one word.', 'query');
  if (text.length > limits.searchMax) {
    throw new BadInputError(`"query" may be at most ${limits.searchMax} characters; got ${text.length}.`, 'query');
  }
  return text;
}

const CURSOR_PREFIX = 's1:';
/** float4 text as PostgreSQL 12+ writes it (shortest exact form): "0.6079271", "1e-20", "6.07927e-05". */
const FLOAT4_TEXT = /^\d+(\.\d+)?(e[+-]\d+)?$/;

/**
 * Whether PostgreSQL's real (float4) input accepts `value`: it refuses a number that rounds to
 * infinity or to zero when it is not zero ("out of range for type real"), which the query would
 * raise as an internal error. Math.fround rounds the same way (IEEE 754 single, to nearest).
 */
function fitsFloat4(value: number): boolean {
  const single = Math.fround(value);
  return Number.isFinite(single) && (single !== 0 || value === 0);
}

/** Opaque cursor of a search hit: base64url of "s1:" + JSON [rank as PostgreSQL's text, id]. */
export function encodeSearchCursor(hit: Pick<SearchHit, 'rankText' | 'id'>): string {
  return encodeCursorPair(CURSOR_PREFIX, [hit.rankText, hit.id]);
}

/**
 * The (rank, id) inside a cursor made by encodeSearchCursor.
 * @throws BadInputError (argument "after") for anything encodeSearchCursor did not make.
 */
export function decodeSearchCursor(cursor: string): { rankText: string; id: string } {
  const invalid = () => new BadInputError('Invalid cursor in "after": use a cursor from a previous page of this search.', 'after');
  const pair = decodeCursorPair(cursor, CURSOR_PREFIX);
  if (!pair) throw invalid();
  const [rankText, id] = pair;
  if (typeof rankText !== 'string' || !FLOAT4_TEXT.test(rankText) || !fitsFloat4(Number(rankText))) throw invalid();
  if (typeof id !== 'string' || !DATABASE_ID.test(id)) throw invalid();
  return { rankText, id };
}

/**
 * ts_headline's output made safe HTML: everything escaped, then the markers made <mark> elements.
 * A marker pair always encloses one word, so the result is well-formed.
 */
export function toHighlightHtml(headline: string): string {
  return escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/**
 * One page of ranked matches for `query` among the posts `reader` may see (visibility.ts
 * listStatus: published only, unless an editor passes a `status` or `includeDrafts`), narrowed by `filter`, after the
 * cursor `after`: at most `limit` hits, best first, among the SEARCH_CANDIDATES_MAX newest
 * matches. One SQL statement with bound parameters; the rank is computed for the candidates, the
 * excerpt only for the rows returned.
 * @throws BadInputError (query empty or too long, invalid cursor); ForbiddenError (drafts asked for anonymously).
 */
export async function searchPosts(
  prisma: PrismaClient,
  options: { query: string; filter?: SearchFilter | null; reader: Reader; after?: string | null; limit: number },
): Promise<SearchHit[]> {
  const { filter, limit } = options;
  const text = searchQueryText(options.query);
  const status = listStatus(filter, options.reader);
  const after = options.after ? decodeSearchCursor(options.after) : null;
  const conditions: Prisma.Sql[] = [
    Prisma.sql`p."searchVector" @@ websearch_to_tsquery('english', ${text})`,
    // A query of exclusions only ("-word") matches every post without the word, all with rank 0:
    // querytree() is 'T' when a query has no term to look for, and then nothing matches.
    Prisma.sql`querytree(websearch_to_tsquery('english', ${text})) NOT IN ('T', '')`,
  ];
  if (status) conditions.push(Prisma.sql`p."status" = ${status}::"PostStatus"`);
  if (filter?.kind) conditions.push(Prisma.sql`p."kind" = ${filter.kind}::"PostKind"`);
  if (filter?.categorySlug) {
    conditions.push(Prisma.sql`p."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."slug" = ${filter.categorySlug})`);
  }
  if (filter?.tagSlug) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PostTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE pt."postId" = p."id" AND t."slug" = ${filter.tagSlug})`,
    );
  }
  const afterCondition = after ? Prisma.sql`WHERE (c."rank", c."id") < (${after.rankText}::real, ${after.id})` : Prisma.empty;
  // The tsquery is written inline (not in a CTE) so the planner sees its value and estimates how
  // many posts match: few → the GIN index; many → the newest-first index, stopping at the cap.
  // Ranked by querytree() of it, the query without its exclusions: ts_rank of `a & !b` is 1e-20
  // for every post (the excluded word's absence counts as a missing match), so "-word" erased the
  // ranking. Exclusions still decide which posts match (the WHERE above).
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const rows = await prisma.$queryRaw<{ id: string; rank: string; headline: string }[]>`
    SELECT hit."id", hit."rank"::text AS "rank",
      ts_headline('english', translate(p."summary" || E'\n' || p."body", ${MARK_START + MARK_END}, ''), ${tsquery}, ${HEADLINE_OPTIONS}) AS "headline"
    FROM (
      SELECT c."id", c."rank" FROM (
        SELECT p."id", ts_rank(p."searchVector", querytree(${tsquery})::tsquery) AS "rank"
        FROM "Post" p
        WHERE ${Prisma.join(conditions, ' AND ')}
        ORDER BY p."publishedAt" DESC, p."id" DESC
        LIMIT ${SEARCH_CANDIDATES_MAX}
      ) c
      ${afterCondition}
      ORDER BY c."rank" DESC, c."id" DESC
      LIMIT ${limit}
    ) hit
    JOIN "Post" p ON p."id" = hit."id"
    ORDER BY hit."rank" DESC, hit."id" DESC`;
  return rows.map((row) => ({ id: row.id, rank: Number(row.rank), rankText: row.rank, highlight: toHighlightHtml(row.headline) }));
}
