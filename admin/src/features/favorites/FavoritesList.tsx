import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { PaneProps } from '../../app/pane-types';
import { useNavigate } from '../../app/router/Router';
import { favoriteAnnouncements, instructions } from './announcements';
import { FavoritesDocument } from './documents';
import { FavoriteItem } from './FavoriteItem';
import { useReorderFavoritesMutation } from './useReorderFavoritesMutation';
import { useToggleFavoriteMutation } from './useToggleFavoriteMutation';
import './favorites.css';
import { PaneHeader } from '../../components/PaneHeader';

/**
 * The author's Favorites in their order. Drag with the mouse, or focus a row and use Space/Enter,
 * ↑/↓, Space/Enter (Escape cancels): each drop sends one reorderFavorites with the revision this
 * list was loaded at. Delete (or the ✕ button) removes a favorite.
 */
export function FavoritesList({ route }: PaneProps) {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(FavoritesDocument);
  const favorites = useMemo(() => data?.favorites ?? [], [data]);
  const { reorder, problem, dismissProblem } = useReorderFavoritesMutation({ reload: refetch });
  const { toggle, problem: removeProblem } = useToggleFavoriteMutation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useMemo(() => favoriteAnnouncements(favorites), [favorites]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!data || !over || active.id === over.id) return;
    const from = favorites.findIndex((post) => post.id === active.id);
    const to = favorites.findIndex((post) => post.id === over.id);
    if (from < 0 || to < 0) return;
    void reorder({ favorites, revision: data.favoritesRevision, from, to });
  };

  const remove = (index: number) => {
    const post = favorites[index];
    if (!post) return;
    void toggle(post);
    // Keep the keyboard where it was: on the next row (or the previous one at the end).
    const neighbour = favorites[index + 1] ?? favorites[index - 1];
    if (neighbour)
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-id="${neighbour.id}"] .favorite-handle`)?.focus());
  };

  const message = problem ?? removeProblem;
  return (
    <section className="pane" aria-label="Favorites" data-pane="list">
      <PaneHeader title="Favorites" count={data ? `${favorites.length} favorites` : ''} />
      {error ? (
        <p role="alert" className="pane-error">
          Could not load the favorites: {error.message}
        </p>
      ) : null}
      {message ? (
        <div role="alert" className="pane-error favorites-alert">
          <span>{message}</span>
          <button type="button" className="button" onClick={dismissProblem}>
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="pane-scroll">
        {data && favorites.length === 0 ? <p className="pane-empty">No favorites yet: add posts from the posts list (F).</p> : null}
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: instructions }}
        >
          <SortableContext items={favorites.map((post) => post.id)} strategy={verticalListSortingStrategy}>
            <ul className="favorites" aria-label="Favorites in order">
              {favorites.map((post, index) => (
                <FavoriteItem
                  key={post.id}
                  post={post}
                  position={index + 1}
                  isSelected={post.id === route.itemId}
                  onSelect={() => navigate({ section: 'favorites', itemId: post.id }, { replace: true })}
                  onRemove={() => remove(index)}
                />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      </div>
    </section>
  );
}
