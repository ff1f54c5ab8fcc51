import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';

/**
 * What dnd-kit's live region says while a tag is moved (its accessibility option). Ids are the
 * tag names, so the messages can name the tags and positions in words.
 */
export function tagAnnouncements(tags: readonly string[]): Announcements {
  const position = (id: string | number) => `${tags.indexOf(String(id)) + 1} of ${tags.length}`;
  return {
    onDragStart: ({ active }) => `Picked up tag ${active.id}, position ${position(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `Tag ${active.id} moved to position ${position(over.id)}.` : `Tag ${active.id} is outside the list.`,
    onDragEnd: ({ active, over }) => (over ? `Tag ${active.id} dropped at position ${position(over.id)}.` : `Tag ${active.id} dropped.`),
    onDragCancel: ({ active }) => `Moving tag ${active.id} cancelled; it is back in place.`,
  };
}

export const tagInstructions: ScreenReaderInstructions = {
  draggable: 'To move a tag, press Space. Use the left and right arrow keys to move it, Space again to drop it, Escape to cancel.',
};
