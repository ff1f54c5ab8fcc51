import { useMemo } from 'react';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { useCommands, type Command } from '../../../app/shortcuts/commands';

/** The editor's actions in the command palette (same functions as the toolbar buttons). */
export function useEditorCommands({
  post,
  save,
  publish,
  schedule,
  unpublish,
  copyPreviewLink,
  toggleHistory,
  askDelete,
}: {
  post: PostEditor_PostFragment | null;
  save: () => void;
  publish: () => void;
  /** Opens the schedule dialog. */
  schedule: () => void;
  unpublish: () => void;
  copyPreviewLink: () => void;
  toggleHistory: () => void;
  askDelete: () => void;
}): void {
  const status = post?.status ?? null;
  const hasPost = post !== null;
  const commands = useMemo<Command[]>(
    () => [
      { id: 'post:save', label: 'Save post', group: 'Actions', shortcutId: 'post.save', run: save },
      status === 'PUBLISHED'
        ? { id: 'post:unpublish', label: 'Unpublish post', group: 'Actions', run: unpublish }
        : { id: 'post:publish', label: status === 'SCHEDULED' ? 'Publish post now' : 'Publish post', group: 'Actions', run: publish },
      ...(status === 'PUBLISHED' ? [] : [{ id: 'post:schedule', label: 'Schedule post…', group: 'Actions', run: schedule }]),
      ...(status === 'SCHEDULED' ? [{ id: 'post:unschedule', label: 'Unschedule post', group: 'Actions', run: unpublish }] : []),
      ...(hasPost && status !== 'PUBLISHED'
        ? [{ id: 'post:preview-link', label: 'Copy preview link', group: 'Actions', run: copyPreviewLink }]
        : []),
      ...(hasPost ? [{ id: 'post:history', label: 'Show post history', group: 'Actions', run: toggleHistory }] : []),
      ...(hasPost ? [{ id: 'post:delete', label: 'Delete post…', group: 'Actions', run: askDelete }] : []),
    ],
    [save, publish, schedule, unpublish, copyPreviewLink, toggleHistory, askDelete, status, hasPost],
  );
  useCommands(commands);
}
