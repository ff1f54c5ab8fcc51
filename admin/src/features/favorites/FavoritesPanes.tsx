import { PanePlaceholder } from '../../components/PanePlaceholder';

export { FavoritesList } from './FavoritesList';

/** Placeholder: the selected favorite's post. */
export function FavoritesDetail() {
  return (
    <PanePlaceholder title="Favorite" pane="editor">
      Select a favorite to see its post here.
    </PanePlaceholder>
  );
}
