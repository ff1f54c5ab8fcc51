import { PanePlaceholder } from '../../components/PanePlaceholder';

/** Placeholder: the curated list in the author's order, dnd-kit reordering (mouse + keyboard sensor), remove. */
export function FavoritesList() {
  return (
    <PanePlaceholder title="Favorites" pane="list">
      The author's Favorites, in order: drag (or Space + ↑/↓) to reorder — one <code>reorderFavorites</code> per drop,
      optimistic, with the conflict shown when someone else changed the list.
    </PanePlaceholder>
  );
}

/** Placeholder: the selected favorite's post. */
export function FavoritesDetail() {
  return <PanePlaceholder title="Favorite" pane="editor">Select a favorite to see its post here.</PanePlaceholder>;
}
