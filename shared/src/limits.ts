/**
 * Size limits both the gateway and the admin enforce. Units: characters unless named.
 * Source: our own choices, sized from the seed blog (longest title 76 chars, longest summary
 * ~560 chars, at most 5 tags a post) with generous headroom.
 */
export const limits = {
  titleMax: 200,
  slugMax: 120,
  summaryMax: 2_000,
  /** A long read's Markdown body; ~200 KB covers a very long article with code. */
  bodyMax: 200_000,
  tagsPerPostMax: 20,
  tagNameMax: 60,
  categoryNameMax: 80,
  categoryDescriptionMax: 1_000,
  /** Relay page size: `first`/`last` above this are refused (docs/contract.md, "Pagination"). */
  pageSizeMax: 100,
  pageSizeDefault: 20,
  /** `PostFilter.search`: a title fragment, so never longer than a title. */
  searchMax: 200,
  /**
   * Items in any list argument or list input field of the API unless the field says otherwise
   * (`nodes(ids)`, reorder lists, tag names): a client never needs more in one call, and each item
   * costs a lookup. Larger lists are refused before anything runs.
   */
  listMax: 100,
  /** Posts in the favorites list: reorderFavorites sends the whole list, so it must fit listMax. */
  favoritesMax: 100,
  /** Categories: reorderCategories sends them all, so they must fit listMax. */
  categoriesMax: 100,
  /**
   * Longest a body may take to render to HTML, in ms: the gateway's default (RENDER_TIMEOUT_MS)
   * and the admin preview's budget. Source: `npm run bench:markdown` (docs/benchmarks.md): the
   * slowest ordinary 200,000-character bodies (tables) took 12–16 s on a loaded 2-core machine;
   * 30 s leaves twice that, while hostile ones of that size run for minutes.
   */
  renderTimeoutMs: 30_000,
  /**
   * A preview link's lifetime in minutes (createPreviewLink's expiresInMinutes): a day by default,
   * at most 30 days — a reviewer reads a draft within days, and a leaked link should not outlive
   * the review by months.
   */
  previewMinutesMin: 1,
  previewMinutesDefault: 1_440,
  previewMinutesMax: 43_200,
} as const;
