import type { PostFilter, PostKind } from '../../__generated__/graphql';
import type { SectionId } from '../../app/router/routes';

/** The status filter's choices: editors see drafts and scheduled posts with the published ones unless they narrow it. */
export type StatusChoice = 'ALL' | 'PUBLISHED' | 'SCHEDULED' | 'DRAFT';

/** What the list's filter bar holds (search is the debounced text). */
export interface ListFilters {
  search: string;
  kind: PostKind | null;
  status: StatusChoice;
  categorySlug: string | null;
}

export const NO_FILTERS: ListFilters = { search: '', kind: null, status: 'ALL', categorySlug: null };

/** What a Posts section fixes: its filter-bar control shows the value and is disabled. */
export const SECTION_CONSTRAINTS: Partial<Record<SectionId, Partial<Pick<ListFilters, 'kind' | 'status'>>>> = {
  posts: {},
  'long-reads': { kind: 'NOTE' },
  shorts: { kind: 'SHORT' },
  drafts: { status: 'DRAFT' },
};

/** The filter bar's values with the section's constraints applied (what the controls show). */
export function effectiveFilters(section: SectionId, filters: ListFilters): ListFilters {
  const fixed = SECTION_CONSTRAINTS[section] ?? {};
  const kind = fixed.kind ?? filters.kind;
  // Shorts have no category (server rule), so a category filter would only ever show nothing.
  return { ...filters, kind, status: fixed.status ?? filters.status, categorySlug: kind === 'SHORT' ? null : filters.categorySlug };
}

/**
 * The `posts(filter:)` for a section and the filter bar: ALL = `includeDrafts` (drafts first, then
 * scheduled and published, newest first), PUBLISHED/SCHEDULED/DRAFT = `status`; the title search is trimmed and left out when empty, so
 * "no filter" and "empty search" share one cached list (the cache keys `posts` by `filter`).
 */
export function postFilterFor(section: SectionId, filters: ListFilters): PostFilter {
  const f = effectiveFilters(section, filters);
  const filter: PostFilter = f.status === 'ALL' ? { includeDrafts: true } : { status: f.status };
  if (f.kind) filter.kind = f.kind;
  if (f.categorySlug) filter.categorySlug = f.categorySlug;
  const search = f.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** The `posts` filter behind each Posts section with nothing typed or chosen (other panes update these lists). */
export const POST_SECTION_FILTERS: Partial<Record<SectionId, PostFilter>> = Object.fromEntries(
  (Object.keys(SECTION_CONSTRAINTS) as SectionId[]).map((section) => [section, postFilterFor(section, NO_FILTERS)]),
);

/** Rows per page: enough to fill a 1280×800 window with room to scroll. */
export const POSTS_PAGE_SIZE = 30;

/** Typing pauses this long (ms) before the list asks the server: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 200;
