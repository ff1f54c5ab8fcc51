import { useMemo, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { PaneProps } from '../../app/pane-types';
import { useNavigate } from '../../app/router/Router';
import { CategoriesDocument } from './documents';
import { categoryAnnouncements, REORDER_INSTRUCTIONS } from './announcements';
import { NewItemForm } from './NewItemForm';
import { SortableCategoryRow } from './SortableCategoryRow';
import { categoryFieldsSchema } from '#shared/post-rules.ts';
import { useCreateCategoryMutation } from './useCreateCategoryMutation';
import { useReorderCategoriesMutation } from './useReorderCategoriesMutation';
import './taxonomy.css';
import { PaneHeader } from '../../components/PaneHeader';

/** The shared rule for a category's name (the field is optional in updates, required here). */
function validateName(name: string): string | null {
  const parsed = categoryFieldsSchema.shape.name.safeParse(name);
  return parsed.success ? (parsed.data ? null : 'Name is required.') : parsed.error.issues[0]!.message;
}

/**
 * Categories in display order (sorted by `position`, which the optimistic reorder rewrites),
 * each with its published-post count. Reorder by dragging a row's handle or by keyboard on it;
 * every drop sends one reorderCategories. ↑/↓ move between rows and select.
 */
export function CategoriesList({ route }: PaneProps) {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CategoriesDocument);
  const categories = useMemo(() => [...(data?.categories ?? [])].sort((a, b) => a.position - b.position), [data]);
  const { reorder, error: reorderError } = useReorderCategoriesMutation();
  const [createCategory] = useCreateCategoryMutation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const names = useMemo(() => new Map(categories.map((c, i) => [c.id, { name: c.name, position: i + 1 }])), [categories]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = categories.findIndex((c) => c.id === active.id);
    const to = categories.findIndex((c) => c.id === over.id);
    void reorder(arrayMove(categories, from, to));
  };

  // Arrow keys between the rows' select buttons (the handles have their own keys while dragging).
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches('[data-row-select]') || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const index = categories.findIndex((c) => c.id === target.closest('li')?.dataset['id']);
    const next = categories[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    navigate({ section: 'categories', itemId: next.id }, { replace: true });
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`li[data-id="${next.id}"] [data-row-select]`)?.focus());
  };

  return (
    <section className="pane" aria-label="Categories" data-pane="list">
      <PaneHeader title="Categories" count={data ? `${categories.length} categories` : ''} />
      <NewItemForm
        noun="category"
        validate={validateName}
        create={async (name) => (await createCategory({ variables: { input: { name } } })).data?.createCategory}
        onCreated={(payload) => navigate({ section: 'categories', itemId: payload.category.id })}
      />
      {error ? (
        <p role="alert" className="pane-error">
          Could not load categories: {error.message}
        </p>
      ) : null}
      {reorderError ? (
        <p role="alert" className="pane-error">
          {reorderError}
        </p>
      ) : null}
      <div className="pane-scroll">
        {categories.length === 0 ? <p className="pane-empty">{loading ? 'Loading…' : 'No categories yet.'}</p> : null}
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements: categoryAnnouncements(names), screenReaderInstructions: { draggable: REORDER_INSTRUCTIONS } }}
        >
          <SortableContext items={categories.map((c) => c.id)} strategy={verticalListSortingStrategy}>
            <ul className="sortable-list" aria-label="Categories in display order" onKeyDown={onKeyDown}>
              {categories.map((category) => (
                <SortableCategoryRow
                  key={category.id}
                  category={category}
                  isSelected={category.id === route.itemId}
                  onSelect={() => navigate({ section: 'categories', itemId: category.id })}
                />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      </div>
    </section>
  );
}
