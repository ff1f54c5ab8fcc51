import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates, useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { EditorField } from './EditorField';
import { TagCombobox } from './TagCombobox';
import { tagAnnouncements, tagInstructions } from './tagAnnouncements';

/**
 * The post's tags as tokens in the author's order, plus the autocomplete box. Reorder by drag
 * (pointer) or keyboard (dnd-kit KeyboardSensor: Space picks up, ←/→ move, Space drops, Escape
 * cancels), announced through dnd-kit's live region.
 */
export function TagsInput({
  tags,
  known,
  error,
  onChange,
}: {
  tags: readonly string[];
  known: readonly string[];
  error?: string | undefined;
  onChange: (tags: string[]) => void;
}) {
  // A small distance: a click on a token's remove button must not start a drag.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const taken = new Set(tags.map((t) => t.toLowerCase()));

  const add = (name: string) => {
    // An existing tag typed in another case is that tag, not a new one.
    const canonical = known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
    if (!taken.has(canonical.toLowerCase())) onChange([...tags, canonical]);
  };
  const remove = (name: string) => onChange(tags.filter((t) => t !== name));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(arrayMove([...tags], tags.indexOf(String(active.id)), tags.indexOf(String(over.id))));
  };

  return (
    <EditorField name="tags" error={error} className="editor-tags">
      {(control) => (
        <div className="tags-input">
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{ announcements: tagAnnouncements(tags), screenReaderInstructions: tagInstructions }}
          >
            <SortableContext items={[...tags]} strategy={horizontalListSortingStrategy}>
              <ul className="tag-tokens" aria-label="Tags of this post">
                {tags.map((name) => (
                  <TagToken key={name} name={name} onRemove={remove} />
                ))}
              </ul>
            </SortableContext>
          </DndContext>
          <TagCombobox
            control={control}
            known={known}
            taken={taken}
            onAdd={add}
            onRemoveLast={() => tags.length && remove(tags[tags.length - 1]!)}
          />
        </div>
      )}
    </EditorField>
  );
}

function TagToken({ name, onRemove }: { name: string; onRemove: (name: string) => void }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: name });
  return (
    <li
      ref={setNodeRef}
      className={`tag-token${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button type="button" className="tag-token-handle" {...attributes} {...listeners} aria-label={`Tag ${name}`}>
        {name}
      </button>
      <button type="button" className="tag-token-remove" aria-label={`Remove tag ${name}`} onClick={() => onRemove(name)}>
        ×
      </button>
    </li>
  );
}
