import type { PostFilter } from '../../__generated__/graphql';
import type { SectionId } from '../../app/router/routes';

/**
 * The `posts` filter behind each Posts section. Editors list drafts with the published posts
 * (`includeDrafts`); the Drafts section asks for drafts only.
 */
export const POST_SECTION_FILTERS: Partial<Record<SectionId, PostFilter>> = {
  posts: { includeDrafts: true },
  'long-reads': { includeDrafts: true, kind: 'NOTE' },
  shorts: { includeDrafts: true, kind: 'SHORT' },
  drafts: { status: 'DRAFT' },
};

/** Rows per page: enough to fill a 1280×800 window with room to scroll. */
export const POSTS_PAGE_SIZE = 30;
