import { useCallback, useState } from 'react';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { splitResult } from '../../../apollo/mutationResult';
import type { SavePhase } from '../../../components/form/useEditableForm';
import { optimisticStatus } from './optimistic';
import { useDeletePostMutation } from './useDeletePostMutation';
import type { PostForm } from './usePostForm';
import { usePublishPostMutation } from './usePublishPostMutation';
import { useUnpublishPostMutation } from './useUnpublishPostMutation';

interface Options {
  post: PostEditor_PostFragment | null;
  /** Saves pending edits first; resolves to the saved post, or null when the save failed. */
  saveFirst: () => Promise<PostEditor_PostFragment | null>;
  setPost: (post: PostEditor_PostFragment) => void;
  setPhase: (phase: SavePhase) => void;
  /** The post form's: a typed error beside its field, in the notice or the conflict dialog. */
  showError: PostForm['showError'];
  showThrown: PostForm['showThrown'];
  onDeleted: (id: string) => void;
}

/**
 * Publish (now, or scheduled for a future instant), unpublish (a scheduled post too: that
 * unschedules it) and delete — each guarded by the version the editor holds, so acting on a
 * stale copy answers ConflictError (shown like a save conflict). A dirty or new post is saved
 * first: publishing must never publish something other than what the author sees.
 */
export function usePostLifecycle({ post, saveFirst, setPost, setPhase, showError, showThrown, onDeleted }: Options) {
  const [publishPost] = usePublishPostMutation();
  const [unpublishPost] = useUnpublishPostMutation();
  const [deletePost] = useDeletePostMutation();
  const [isBusy, setIsBusy] = useState(false);

  const setStatus = useCallback(
    async (publish: boolean, publishedAt?: string) => {
      const base = await saveFirst();
      if (!base) return;
      setIsBusy(true);
      setPhase({ kind: 'saving' });
      try {
        const input = { id: base.id, expectedVersion: base.version };
        const outcome = splitResult(
          publish
            ? (
                await publishPost({
                  variables: { input: publishedAt ? { ...input, publishedAt } : input },
                  optimisticResponse: {
                    __typename: 'Mutation',
                    publishPost: { __typename: 'PublishPostPayload', post: optimisticStatus(base, true, publishedAt) },
                  },
                })
              ).data?.publishPost
            : (
                await unpublishPost({
                  variables: { input },
                  optimisticResponse: {
                    __typename: 'Mutation',
                    unpublishPost: { __typename: 'UnpublishPostPayload', post: optimisticStatus(base, false) },
                  },
                })
              ).data?.unpublishPost,
        );
        if (outcome.ok) {
          setPost(outcome.payload.post);
          setPhase({ kind: 'saved', at: new Date() });
        } else {
          showError(outcome.error);
        }
      } catch (error) {
        showThrown(error);
      } finally {
        setIsBusy(false);
      }
    },
    [saveFirst, publishPost, unpublishPost, setPost, setPhase, showError, showThrown],
  );

  const remove = useCallback(async (): Promise<boolean> => {
    if (!post) return false;
    setIsBusy(true);
    try {
      const outcome = splitResult(
        (await deletePost({ variables: { input: { id: post.id, expectedVersion: post.version } } })).data?.deletePost,
      );
      if (outcome.ok) {
        onDeleted(outcome.payload.deletedPostId);
        return true;
      }
      showError(outcome.error);
    } catch (error) {
      showThrown(error);
    } finally {
      setIsBusy(false);
    }
    return false;
  }, [post, deletePost, onDeleted, showError, showThrown]);

  return {
    publish: useCallback(() => setStatus(true), [setStatus]),
    /** Schedules the post for `publishedAt` (ISO-8601, in the future). */
    schedule: useCallback((publishedAt: string) => setStatus(true, publishedAt), [setStatus]),
    unpublish: useCallback(() => setStatus(false), [setStatus]),
    remove,
    isBusy,
  };
}
