import type { Announcements } from '@dnd-kit/core';

export const REORDER_INSTRUCTIONS =
  'To reorder, press Space or Enter on the handle, move with the Up and Down arrow keys, press Space or Enter again to drop, or Escape to cancel.';

/**
 * What a screen reader hears while a category is dragged: names and 1-based positions instead
 * of dnd-kit's default "draggable item <uuid>". `names` maps id → name and current position.
 */
export function categoryAnnouncements(names: Map<string | number, { name: string; position: number }>): Announcements {
  const name = (id: string | number) => names.get(id)?.name ?? 'the category';
  const at = (id: string | number | undefined) => (id === undefined ? undefined : names.get(id)?.position);
  const of = names.size;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, position ${at(active.id)} of ${of}.`,
    onDragOver: ({ active, over }) =>
      over ? `${name(active.id)} moved to position ${at(over.id)} of ${of}.` : `${name(active.id)} is no longer over the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `${name(active.id)} dropped at position ${at(over.id)} of ${of}.` : `${name(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Reordering cancelled; ${name(active.id)} is back at position ${at(active.id)}.`,
  };
}
