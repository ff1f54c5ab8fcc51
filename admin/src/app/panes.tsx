import { FavoritesDetail, FavoritesList } from '../features/favorites/FavoritesPanes';
import { PostEditorPane } from '../features/posts/editor/PostEditorPane';
import { PostsList } from '../features/posts/PostsList';
import { SettingsDetail, SettingsList } from '../features/settings/SettingsPanes';
import { CategoriesList, CategoryDetail, TagDetail, TagsList } from '../features/taxonomy/TaxonomyPanes';
import type { SectionPanes } from './pane-types';
import type { SectionId } from './router/routes';

const posts: SectionPanes = { List: PostsList, Detail: PostEditorPane };

/**
 * The one table that connects sidebar sections to feature panes. To replace a placeholder,
 * point its entry at your component in admin/src/features/<area>/. Panes stay mounted across
 * item changes within a section (same component), so an editor can guard its own navigation.
 */
export const SECTION_PANES: Record<SectionId, SectionPanes> = {
  posts,
  'long-reads': posts,
  shorts: posts,
  drafts: posts,
  favorites: { List: FavoritesList, Detail: FavoritesDetail },
  categories: { List: CategoriesList, Detail: CategoryDetail },
  tags: { List: TagsList, Detail: TagDetail },
  settings: { List: SettingsList, Detail: SettingsDetail },
};
