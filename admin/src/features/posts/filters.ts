import type { PostFilter, PostKind, SearchFilter } from '../../__generated__/graphql';
import type { SectionId } from '../../app/router/routes';

/** The status filter's choices: editors see drafts and scheduled posts with the published ones unless they narrow it. */
export type StatusChoice = 'ALL' | 'PUBLISHED' | 'SCHEDULED' | 'DRAFT';

/** What the list's filter bar holds (`search` is the debounced text of the search box). */
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
 * The filter for a section and the filter bar, as both `posts(filter:)` and `search(filter:)` take
 * it: ALL = `includeDrafts` (drafts first, then scheduled and published, newest first),
 * PUBLISHED/SCHEDULED/DRAFT = `status`, plus kind and category. The typed text is not in it: see
 * searchTextFor. The cache keys `posts` by `filter`, so equal choices share one cached list.
 */
export function postFilterFor(section: SectionId, filters: ListFilters): PostFilter & SearchFilter {
  const f = effectiveFilters(section, filters);
  const filter: PostFilter & SearchFilter = f.status === 'ALL' ? { includeDrafts: true } : { status: f.status };
  if (f.kind) filter.kind = f.kind;
  if (f.categorySlug) filter.categorySlug = f.categorySlug;
  return filter;
}

/**
 * The words to rank posts by (`search(query:)`), trimmed, or null when the box is blank: then the
 * list is the plain newest-first `posts` list.
 */
export function searchTextFor(filters: Pick<ListFilters, 'search'>): string | null {
  return filters.search.trim() || null;
}

/** The `posts` filter behind each Posts section with nothing typed or chosen (other panes update these lists). */
export const POST_SECTION_FILTERS: Partial<Record<SectionId, PostFilter>> = Object.fromEntries(
  (Object.keys(SECTION_CONSTRAINTS) as SectionId[]).map((section) => [section, postFilterFor(section, NO_FILTERS)]),
);

/** Rows per page: enough to fill a 1280×800 window with room to scroll. */
export const POSTS_PAGE_SIZE = 30;

/** Typing pauses this long (ms) before the list asks the server: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 200;
