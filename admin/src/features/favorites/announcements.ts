import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';

/** Read by screen readers when a favorite gets focus (dnd-kit's aria-describedby). */
export const instructions: ScreenReaderInstructions = {
  draggable:
    'To reorder, press Space or Enter to pick up this favorite, the arrow keys to move it, Space or Enter to drop it, Escape to cancel. Delete removes it from the favorites.',
};

/**
 * What the live region says while dragging, in titles and positions (dnd-kit's defaults would
 * read out opaque ids).
 */
export function favoriteAnnouncements(items: readonly { id: string; title: string }[]): Announcements {
  const title = (id: string | number) => items.find((item) => item.id === id)?.title ?? 'The favorite';
  const position = (id: string | number) => `position ${items.findIndex((item) => item.id === id) + 1} of ${items.length}`;
  return {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}, ${position(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${title(active.id)} is over ${position(over.id)}.` : `${title(active.id)} is outside the list.`,
    onDragEnd: ({ active, over }) => (over ? `${title(active.id)} dropped at ${position(over.id)}.` : `${title(active.id)} put back.`),
    onDragCancel: ({ active }) => `Moving ${title(active.id)} cancelled; it stays at ${position(active.id)}.`,
  };
}
