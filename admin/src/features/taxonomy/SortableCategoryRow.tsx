import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CategoryItem } from './useReorderCategoriesMutation';

/**
 * One category: a button that selects it (name + published count) and a drag handle. The handle
 * is dnd-kit's activator: drag it with the pointer, or focus it and press Space, move with ↑/↓,
 * Space again to drop (Escape cancels).
 */
export function SortableCategoryRow({
  category,
  isSelected,
  onSelect,
}: {
  category: CategoryItem;
  isSelected: boolean;
  onSelect: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: category.id });
  return (
    <li
      ref={setNodeRef}
      data-id={category.id}
      className={`sortable-row${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={`Reorder ${category.name}`}
      >
        ⠿
      </button>
      <button type="button" className="row-select" aria-current={isSelected ? 'true' : undefined} data-row-select onClick={onSelect}>
        <span className="row-name">{category.name}</span>
        <span className="row-count">
          {category.postCount}
          <span className="visually-hidden"> published {category.postCount === 1 ? 'post' : 'posts'}</span>
        </span>
      </button>
    </li>
  );
}
