import type { KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { graphql } from '../../__generated__';
import type { FavoriteRow_PostFragment } from '../../__generated__/graphql';

/** One favorite as the Favorites pane shows it; the posts list's rows carry the same fields. */
export const FavoriteRowFragment = graphql(`
  fragment FavoriteRow_post on Post {
    id
    title
    kind
    status
    publishedAt
    isFavorite
  }
`);

/**
 * One favorite: the row itself is the drag handle (a button with role description "sortable";
 * dnd-kit's KeyboardSensor picks it up with Space/Enter, PointerSensor after a 5 px move, so a
 * plain click still selects). Delete or Backspace on it removes the post from the favorites.
 */
export function FavoriteItem({
  post,
  position,
  isSelected,
  onSelect,
  onRemove,
}: {
  post: FavoriteRow_PostFragment;
  position: number;
  isSelected: boolean;
  onSelect: () => void;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: post.id });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.defaultPrevented || isDragging) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onRemove();
    }
  };
  return (
    <li
      ref={setNodeRef}
      className="favorite-item"
      data-dragging={isDragging || undefined}
      data-id={post.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {/* dnd-kit's attributes make this div role="button" with tabIndex 0, which the linter cannot see through the spread.
          A native <button> would turn the keyboard sensor's Space/Enter into clicks (selection) as well. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: role="button" comes from dnd-kit's attributes (above) */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: role="button" comes from dnd-kit's attributes (above) */}
      <div
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        onClick={onSelect}
        className="favorite-handle"
        aria-current={isSelected || undefined}
        aria-label={post.title}
      >
        <span className="favorite-grip" aria-hidden="true">
          ⠿
        </span>
        <span className="favorite-position" aria-hidden="true">
          {position}
        </span>
        <span className="favorite-title">{post.title}</span>
        {post.status === 'DRAFT' ? <span className="badge badge-draft">Draft</span> : null}
      </div>
      <button
        type="button"
        className="button favorite-remove"
        tabIndex={-1}
        onClick={onRemove}
        aria-label={`Remove “${post.title}” from favorites`}
        title="Remove from favorites (Delete)"
      >
        ✕
      </button>
    </li>
  );
}
