import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { tagFieldsSchema } from '../../../../shared/src/post-rules.ts';
import type { TagsQuery } from '../../__generated__/graphql';
import { useNavigationGuard } from '../../app/router/Router';
import { Field } from '../../components/Field';
import { errorsByField } from '../../components/fieldErrors';
import { UpdateTagDocument } from './documents';

/**
 * Name and slug of one tag (posts keep it when renamed). Same contract as CategoryForm: initial
 * values kept, dirty derived and guarded, only changed fields sent, errors beside fields.
 */
export function TagForm({ tag, onDelete }: { tag: TagsQuery['tags'][number]; onDelete: () => void }) {
  const initial = { name: tag.name, slug: tag.slug };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [mutate, { loading }] = useMutation(UpdateTagDocument);
  const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== initial[k as keyof typeof initial]));
  const isDirty = Object.keys(changed).length > 0;
  useNavigationGuard(isDirty);
  const set = (field: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setSaved(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = tagFieldsSchema.safeParse(changed);
    if (!parsed.success) return setErrors(errorsByField(parsed.error.issues));
    try {
      const { data } = await mutate({ variables: { input: { id: tag.id, ...parsed.data } } });
      const result = data?.updateTag;
      if (result?.__typename === 'UpdateTagPayload') {
        setErrors({});
        setSaved(true);
      } else if (result?.__typename === 'ValidationError') setErrors(errorsByField(result.fieldErrors));
      else if (result?.__typename === 'SlugTakenError') setErrors({ slug: `${result.message} Use “${result.suggestion}”?` });
      else setErrors({ form: result?.message ?? 'Not saved.' });
    } catch (e) {
      setErrors({ form: (e as Error).message });
    }
  };

  return (
    <form className="detail-form" onSubmit={save} aria-label={`Tag ${tag.name}`} noValidate>
      <h2>{tag.name}</h2>
      <p className="form-status">{tag.postCount} published {tag.postCount === 1 ? 'post' : 'posts'}</p>
      <Field label="Name" error={errors['name']}>
        {(c) => <input {...c} value={values.name} onChange={(e) => set('name')(e.target.value)} />}
      </Field>
      <Field label="Slug" error={errors['slug']} hint="Part of the tag's public URL.">
        {(c) => <input {...c} value={values.slug} onChange={(e) => set('slug')(e.target.value)} />}
      </Field>
      {errors['form'] ? <p role="alert" className="field-error">{errors['form']}</p> : null}
      <div className="detail-actions">
        <button type="submit" className="button primary" disabled={!isDirty || loading}>{loading ? 'Saving…' : 'Save'}</button>
        <span role="status" className="form-status">{saved && !isDirty ? 'Saved' : isDirty ? 'Unsaved changes' : ''}</span>
        <span className="spacer" />
        <button type="button" className="button destructive" onClick={onDelete}>Delete…</button>
      </div>
    </form>
  );
}
