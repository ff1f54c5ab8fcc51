import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PostEditor_ErrorsFragment, PostEditor_PostFragment } from '../../../__generated__/graphql';
import { isUnauthenticated } from '../../../apollo/unauthenticated';
import { optimisticPost } from './optimistic';
import { useCreatePostMutation } from './useCreatePostMutation';
import { useUpdatePostMutation } from './useUpdatePostMutation';
import type { PostForm } from './usePostForm';
import { errorsFromServer, firstInvalidField, validateCopy, type FieldErrors } from './validate';
import { changedFields, copyFromPost, FIELD_NAMES, fieldId, pickFields, type FieldName, type WorkingCopy } from './workingCopy';

export type Phase = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

/** Everything a failed write leaves for the author to see. */
export interface Problems {
  fields: FieldErrors;
  /** SlugTakenError: the server's free alternative, offered beside the slug. */
  slugSuggestion: string | null;
  /** Not tied to a field (not found, a rule about the whole post). */
  notice: string | null;
  /** ConflictError: the version the post has now; opens the conflict dialog. */
  conflictVersion: number | null;
}

export const NO_PROBLEMS: Problems = { fields: {}, slugSuggestion: null, notice: null, conflictVersion: null };

export const SESSION_EXPIRED = 'your session expired — sign in, then save again';

const focusField = (name: FieldName | undefined) => name && requestAnimationFrame(() => document.getElementById(fieldId(name))?.focus());

interface Options {
  form: PostForm;
  /** The server's copy of the post; null while the post is new. */
  post: PostEditor_PostFragment | null;
  categories: readonly { id: string; name: string }[];
  /** A write succeeded: the editor adopts the server's post (and, when new, its id). */
  onSaved: (post: PostEditor_PostFragment, options: { wasNew: boolean }) => void;
}

/**
 * Save: createPost for a new post, updatePost with only the changed fields and expectedVersion
 * otherwise; `overwriteVersion` (from the conflict dialog) sends every field against the
 * version the server has now. Every expected failure is turned into `problems`; an expired
 * session keeps the working copy (admin/README contract) and says "save again".
 */
export function useSavePost({ form, post, categories, onSaved }: Options) {
  const [createPost] = useCreatePostMutation();
  const [updatePost] = useUpdatePostMutation();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);

  /** Shows an error member of a result union beside its field or in a dialog/notice. */
  const showFailure = useCallback((error: PostEditor_ErrorsFragment) => {
    setPhase({ kind: 'error', message: error.message });
    if (error.__typename === 'ValidationError') {
      const { fields, form: rest } = errorsFromServer(error.fieldErrors);
      setProblems({ ...NO_PROBLEMS, fields, notice: rest.join(' ') || null });
      focusField(firstInvalidField(fields));
    } else if (error.__typename === 'SlugTakenError') {
      setProblems({ ...NO_PROBLEMS, fields: { slug: error.message }, slugSuggestion: error.suggestion });
      focusField('slug');
    } else if (error.__typename === 'ConflictError') {
      setProblems({ ...NO_PROBLEMS, conflictVersion: error.currentVersion });
    } else {
      setProblems({ ...NO_PROBLEMS, notice: error.__typename === 'NotFoundError' ? `${error.message} It may have been deleted meanwhile; your text is still here.` : error.message });
    }
  }, []);

  /** For thrown errors (network, session): the working copy stays, the status bar says why. */
  const showThrown = useCallback((error: unknown) => {
    setPhase({ kind: 'error', message: isUnauthenticated(error) ? SESSION_EXPIRED : error instanceof Error ? error.message : 'unexpected error' });
  }, []);

  /**
   * `copy` saves a copy that is not rendered yet (e.g. the slug suggestion, set and saved in one
   * click); default the working copy.
   */
  const save = useCallback(async (options: { overwriteVersion?: number; copy?: WorkingCopy } = {}): Promise<PostEditor_PostFragment | null> => {
    const sent = options.copy ?? form.current;
    const changed = changedFields(form.initial, sent);
    const invalid = validateCopy(sent);
    if (firstInvalidField(invalid)) {
      setProblems({ ...NO_PROBLEMS, fields: invalid });
      setPhase({ kind: 'error', message: 'fix the fields marked in red' });
      focusField(firstInvalidField(invalid));
      return null;
    }
    if (post && changed.length === 0 && options.overwriteVersion === undefined) return post;
    setPhase({ kind: 'saving' });
    setProblems(NO_PROBLEMS);
    try {
      let result;
      if (!post) {
        const { data } = await createPost({ variables: { input: { ...sent, title: sent.title.trim() } } });
        result = data?.createPost;
      } else {
        const names = options.overwriteVersion === undefined ? changed : FIELD_NAMES;
        const { data } = await updatePost({
          variables: { input: { id: post.id, expectedVersion: options.overwriteVersion ?? post.version, ...pickFields(sent, names) } },
          optimisticResponse: { __typename: 'Mutation', updatePost: { __typename: 'UpdatePostPayload', post: optimisticPost(post, sent, categories) } },
        });
        result = data?.updatePost;
      }
      if (!result) return null;
      if (result.__typename === 'CreatePostPayload' || result.__typename === 'UpdatePostPayload') {
        const saved = result.post;
        // Committed (and the navigation guard released) before onSaved may navigate to the new id.
        flushSync(() => {
          form.markSaved(sent, copyFromPost(saved));
          setPhase({ kind: 'saved', at: new Date() });
        });
        onSaved(result.post, { wasNew: !post });
        return result.post;
      }
      showFailure(result);
    } catch (error) {
      showThrown(error);
    }
    return null;
  }, [form, post, categories, onSaved, createPost, updatePost, showFailure, showThrown]);

  const clearConflict = useCallback(() => setProblems((p) => ({ ...p, conflictVersion: null })), []);
  return { save, phase, setPhase, problems, setProblems, showFailure, showThrown, clearConflict };
}
