import { useCallback, useMemo, useState } from 'react';
import { slugFromTitle } from '#shared/slug.ts';
import { changedFields, type FieldName, type WorkingCopy } from './workingCopy';

interface FormState {
  /** The copy as the server last had it (loaded or saved). */
  initial: WorkingCopy;
  current: WorkingCopy;
  /** The slug follows the title until the author edits the slug by hand. */
  isSlugDerived: boolean;
}

export interface PostForm {
  initial: WorkingCopy;
  current: WorkingCopy;
  /** Derived: some field differs from its initial value (edit then revert → clean again). */
  isDirty: boolean;
  changed: FieldName[];
  isSlugDerived: boolean;
  setField: <K extends FieldName>(name: K, value: WorkingCopy[K]) => void;
  /** "Reset to title": the slug follows the title again. */
  resetSlug: () => void;
  /** After a save or a reload: both copies become `copy`. */
  rebase: (copy: WorkingCopy, options: { isSlugDerived: boolean }) => void;
  /**
   * After a save of `sent`: `saved` becomes the initial copy, and the working copy too unless the
   * author kept typing while the request was out (then their newer text stays, still dirty).
   */
  markSaved: (sent: WorkingCopy, saved: WorkingCopy) => void;
  /** Restoring a local working copy: the initial (server) copy stays, so the form is dirty. */
  replaceCurrent: (copy: WorkingCopy) => void;
}

/** State of the post form: the initial copy, the working copy, and the slug-follows-title rule. */
export function usePostForm(initial: WorkingCopy, options: { isSlugDerived: boolean }): PostForm {
  const [state, setState] = useState<FormState>(() => ({ initial, current: initial, isSlugDerived: options.isSlugDerived }));

  const setField = useCallback(<K extends FieldName>(name: K, value: WorkingCopy[K]) => {
    setState((s) => {
      const current = { ...s.current, [name]: value };
      let isSlugDerived = s.isSlugDerived;
      if (name === 'slug') isSlugDerived = false;
      if (name === 'title' && isSlugDerived) current.slug = slugFromTitle(String(value));
      // Shared rule (shared/src/post-rules.ts): shorts have no category.
      if (name === 'kind' && value === 'SHORT') current.categoryId = null;
      return { ...s, current, isSlugDerived };
    });
  }, []);

  const resetSlug = useCallback(() => {
    setState((s) => ({ ...s, isSlugDerived: true, current: { ...s.current, slug: slugFromTitle(s.current.title) } }));
  }, []);

  const rebase = useCallback((copy: WorkingCopy, opts: { isSlugDerived: boolean }) => {
    setState({ initial: copy, current: copy, isSlugDerived: opts.isSlugDerived });
  }, []);

  const markSaved = useCallback((sent: WorkingCopy, saved: WorkingCopy) => {
    setState((s) => ({ ...s, initial: saved, current: s.current === sent ? saved : s.current }));
  }, []);

  const replaceCurrent = useCallback((copy: WorkingCopy) => {
    setState((s) => ({ ...s, current: copy, isSlugDerived: s.isSlugDerived && copy.slug === slugFromTitle(copy.title) }));
  }, []);

  const changed = useMemo(() => changedFields(state.initial, state.current), [state.initial, state.current]);
  return {
    initial: state.initial,
    current: state.current,
    isDirty: changed.length > 0,
    changed,
    isSlugDerived: state.isSlugDerived,
    setField,
    resetSlug,
    rebase,
    markSaved,
    replaceCurrent,
  };
}
