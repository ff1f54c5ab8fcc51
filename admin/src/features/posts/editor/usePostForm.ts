import { useCallback, useRef, useState } from 'react';
import { slugFromTitle } from '#shared/slug.ts';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { isUnauthenticated } from '../../../apollo/unauthenticated';
import { useEditableForm, type FormErrors } from '../../../components/form/useEditableForm';
import { optimisticPost } from './optimistic';
import { useCreatePostMutation } from './useCreatePostMutation';
import { useUpdatePostMutation } from './useUpdatePostMutation';
import { errorsFromServer, firstInvalidField, validateCopy } from './validate';
import {
  copyFromPost,
  EMPTY_COPY,
  FIELD_NAMES,
  fieldId,
  isSlugDerived as followsTitle,
  pickFields,
  type FieldName,
  type WorkingCopy,
} from './workingCopy';

export const SESSION_EXPIRED = 'your session expired — sign in, then save again';

const focusField = (name: FieldName | undefined) => name && requestAnimationFrame(() => document.getElementById(fieldId(name))?.focus());

/** A typed error of any post mutation → messages beside fields, or the notice above them (`form`). */
function describeError(error: {
  __typename: string;
  message: string;
  fieldErrors?: readonly { path: readonly string[]; message: string }[];
}): FormErrors {
  switch (error.__typename) {
    case 'ValidationError': {
      const { fields, form } = errorsFromServer(error.fieldErrors ?? []);
      return form.length > 0 ? { ...fields, form: form.join(' ') } : fields;
    }
    case 'SlugTakenError':
      return { slug: error.message };
    case 'ConflictError':
      return {}; // the conflict dialog says it
    case 'NotFoundError':
      return { form: `${error.message} It may have been deleted meanwhile; your text is still here.` };
    default:
      return { form: error.message };
  }
}

interface Options {
  /** The server's copy of the post; null while the post is new. */
  post: PostEditor_PostFragment | null;
  categories: readonly { id: string; name: string }[];
  /** A write succeeded: the editor adopts the server's post (and, when new, its id). */
  onSaved: (post: PostEditor_PostFragment, options: { wasNew: boolean }) => void;
  /** The post was deleted: its edits no longer count as unsaved. */
  isDeleted: boolean;
}

/**
 * The post form: the editable-form hook over the post's working copy, plus what only posts have.
 *
 * - The slug follows the title (shared `slugFromTitle`) while `isSlugDerived`, until edited by
 *   hand; shorts have no category (shared post rule), so choosing SHORT clears it.
 * - Save: createPost for a new post, updatePost with only the changed fields and expectedVersion
 *   otherwise (optimistic); `overwrite(version)` (the conflict dialog) sends every field against
 *   the version the server has now. Typed errors land beside fields (the first one gets focus);
 *   a taken slug's free suggestion and a conflict's current version come from `failure`. An
 *   expired session keeps the working copy and says "save again".
 */
export function usePostForm({ post, categories, onSaved, isDeleted }: Options) {
  // The copy the form starts from; later server copies arrive through `rebase`.
  const [initialCopy] = useState(() => (post ? copyFromPost(post) : EMPTY_COPY));
  const [isSlugDerived, setSlugDerived] = useState(() =>
    followsTitle(initialCopy, { isNew: !post, isPublished: post?.status === 'PUBLISHED' }),
  );
  const slugDerived = useRef(isSlugDerived);
  slugDerived.current = isSlugDerived;
  const overwriteVersion = useRef<number | null>(null);
  const [createPost] = useCreatePostMutation();
  const [updatePost] = useUpdatePostMutation();

  const form = useEditableForm({
    initial: initialCopy,
    fields: FIELD_NAMES,
    shortcut: 'post.save',
    canSaveClean: !post,
    isDiscarded: isDeleted,
    bindShortcutWhenClean: true,
    reportSaveState: true,
    keepErrorsWhileEditing: true,
    showThrownInForm: false,
    invalidMessage: 'fix the fields marked in red',
    validate: (copy) => {
      const errors = validateCopy(copy);
      return firstInvalidField(errors) ? { errors } : { values: copy };
    },
    derive: (next, field) => {
      if (field === 'title' && slugDerived.current) next.slug = slugFromTitle(next.title);
      // Shared rule (post-rules.ts): shorts have no category.
      if (field === 'kind' && next.kind === 'SHORT') next.categoryId = null;
      return next;
    },
    submit: async ({ values, changed, force }) => {
      if (!post) return (await createPost({ variables: { input: { ...values, title: values.title.trim() } } })).data?.createPost;
      const version = force && overwriteVersion.current !== null ? overwriteVersion.current : post.version;
      const names = force ? FIELD_NAMES : changed;
      return (
        await updatePost({
          variables: { input: { id: post.id, expectedVersion: version, ...pickFields(values, names) } },
          optimisticResponse: {
            __typename: 'Mutation',
            updatePost: { __typename: 'UpdatePostPayload', post: optimisticPost(post, values, categories) },
          },
        })
      ).data?.updatePost;
    },
    storedValues: (payload) => copyFromPost(payload.post),
    onSaved: (payload) => onSaved(payload.post, { wasNew: !post }),
    describeError,
    describeThrown: (error) => (isUnauthenticated(error) ? SESSION_EXPIRED : error instanceof Error ? error.message : 'unexpected error'),
    onErrors: (errors) => focusField(FIELD_NAMES.find((name) => errors[name])),
  });

  const { setField: setValue, rebase: rebaseValues, replaceValues, save } = form;
  const setField = useCallback(
    <K extends FieldName>(name: K, value: WorkingCopy[K]) => {
      if (name === 'slug') setSlugDerived(false);
      setValue(name, value);
    },
    [setValue],
  );

  const { failure } = form;
  return {
    ...form,
    current: form.values,
    isSlugDerived,
    setField,
    /** "Reset to title": the slug follows the title again. */
    resetSlug: useCallback(() => {
      setSlugDerived(true);
      setValue('slug', slugFromTitle(form.values.title));
    }, [setValue, form.values.title]),
    /** After a reload (a newer server copy, "Reload theirs"): both copies become the post's. */
    rebase: useCallback(
      (fresh: PostEditor_PostFragment) => {
        const copy = copyFromPost(fresh);
        setSlugDerived(followsTitle(copy, { isNew: false, isPublished: fresh.status === 'PUBLISHED' }));
        rebaseValues(copy);
      },
      [rebaseValues],
    ),
    /** Restoring a local working copy: the initial (server) copy stays, so the form is dirty. */
    replaceCurrent: useCallback(
      (copy: WorkingCopy) => {
        setSlugDerived((derived) => derived && copy.slug === slugFromTitle(copy.title));
        replaceValues(copy);
      },
      [replaceValues],
    ),
    /** "Overwrite with mine": every field, against the version the server has now. */
    overwrite: useCallback(
      (version: number) => {
        overwriteVersion.current = version;
        return save({ force: true });
      },
      [save],
    ),
    /** SlugTakenError: the server's free alternative, offered beside the slug. */
    slugSuggestion: failure?.__typename === 'SlugTakenError' ? failure.suggestion : null,
    /** ConflictError: the version the post has now; opens the conflict dialog. */
    conflictVersion: failure?.__typename === 'ConflictError' ? failure.currentVersion : null,
  };
}

export type PostForm = ReturnType<typeof usePostForm>;
