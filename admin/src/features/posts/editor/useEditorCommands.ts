import { useMemo } from 'react';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { useCommands, type Command } from '../../../app/shortcuts/commands';

/** The editor's actions in the command palette (same functions as the toolbar buttons). */
export function useEditorCommands({
  post,
  save,
  publish,
  unpublish,
  askDelete,
}: {
  post: PostEditor_PostFragment | null;
  save: () => void;
  publish: () => void;
  unpublish: () => void;
  askDelete: () => void;
}): void {
  const status = post?.status ?? null;
  const hasPost = post !== null;
  const commands = useMemo<Command[]>(
    () => [
      { id: 'post:save', label: 'Save post', group: 'Actions', shortcutId: 'post.save', run: save },
      status === 'PUBLISHED'
        ? { id: 'post:unpublish', label: 'Unpublish post', group: 'Actions', run: unpublish }
        : { id: 'post:publish', label: 'Publish post', group: 'Actions', run: publish },
      ...(hasPost ? [{ id: 'post:delete', label: 'Delete post…', group: 'Actions', run: askDelete }] : []),
    ],
    [save, publish, unpublish, askDelete, status, hasPost],
  );
  useCommands(commands);
}
