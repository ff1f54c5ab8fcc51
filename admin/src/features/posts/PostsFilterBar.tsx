import { useQuery } from '@apollo/client/react';
import type { PostKind } from '../../__generated__/graphql';
import type { SectionId } from '../../app/router/routes';
import { PostFilterCategoriesDocument } from './filter-documents';
import { SECTION_CONSTRAINTS, effectiveFilters, type ListFilters, type StatusChoice } from './filters';

export interface FilterBarState extends ListFilters {
  /** What is in the search box right now (`search` is its debounced value). */
  text: string;
}

/**
 * A search box (ranked full-text search as you type: words, "phrases", -exclusions) plus
 * kind / status / category, which narrow the search too. A control the sidebar section
 * already fixes (Long reads → kind, Drafts → status) shows that value and is disabled, so the bar
 * never contradicts the section. ↓ in the search box moves focus into the list.
 */
export function PostsFilterBar({
  section,
  state,
  onChange,
  onLeaveSearch,
}: {
  section: SectionId;
  state: FilterBarState;
  onChange: (next: Partial<FilterBarState>) => void;
  onLeaveSearch: () => void;
}) {
  const { data } = useQuery(PostFilterCategoriesDocument);
  const fixed = SECTION_CONSTRAINTS[section] ?? {};
  const shown = effectiveFilters(section, state);
  return (
    <search aria-label="Filter posts" className="posts-filter">
      <input
        type="search"
        className="posts-filter-search"
        aria-label="Search posts"
        placeholder="Search posts…"
        value={state.text}
        onChange={(event) => onChange({ text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onLeaveSearch();
          }
          // Escape empties the box first (type="search" does too in Chrome; not in every browser).
          if (event.key === 'Escape' && state.text) {
            event.preventDefault();
            onChange({ text: '' });
          }
        }}
      />
      <div className="posts-filter-selects">
        <select
          aria-label="Kind"
          value={shown.kind ?? ''}
          disabled={Boolean(fixed.kind)}
          onChange={(event) => onChange({ kind: (event.target.value || null) as PostKind | null })}
        >
          <option value="">All kinds</option>
          <option value="NOTE">Long reads</option>
          <option value="SHORT">Shorts</option>
        </select>
        <select
          aria-label="Status"
          value={shown.status}
          disabled={Boolean(fixed.status)}
          onChange={(event) => onChange({ status: event.target.value as StatusChoice })}
        >
          <option value="ALL">All statuses</option>
          <option value="PUBLISHED">Published</option>
          <option value="SCHEDULED">Scheduled</option>
          <option value="DRAFT">Drafts</option>
        </select>
        <select
          aria-label="Category"
          value={shown.categorySlug ?? ''}
          disabled={shown.kind === 'SHORT'}
          onChange={(event) => onChange({ categorySlug: event.target.value || null })}
        >
          <option value="">All categories</option>
          {data?.categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
