import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { categoryFieldsSchema } from '../../../../shared/src/post-rules.ts';
import { useNavigationGuard } from '../../app/router/Router';
import { Field } from '../../components/Field';
import { errorsByField } from '../../components/fieldErrors';
import type { CategoryItem } from './useReorderCategoriesMutation';
import { UpdateCategoryDocument } from './documents';

/**
 * Name, slug and description of one category. Keeps the initial values, derives "dirty" and
 * guards navigation; sends only changed fields; errors (shared rules first, then the server's
 * typed ones) appear beside their fields.
 */
export function CategoryForm({ category, onDelete }: { category: CategoryItem; onDelete: () => void }) {
  const initial = { name: category.name, slug: category.slug, description: category.description ?? '' };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [mutate, { loading }] = useMutation(UpdateCategoryDocument);
  const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== initial[k as keyof typeof initial]));
  const isDirty = Object.keys(changed).length > 0;
  useNavigationGuard(isDirty);
  const set = (field: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setSaved(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = categoryFieldsSchema.safeParse(changed);
    if (!parsed.success) return setErrors(errorsByField(parsed.error.issues));
    try {
      const { data } = await mutate({ variables: { input: { id: category.id, ...parsed.data } } });
      const result = data?.updateCategory;
      if (result?.__typename === 'UpdateCategoryPayload') {
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
    <form className="detail-form" onSubmit={save} aria-label={`Category ${category.name}`} noValidate>
      <h2>{category.name}</h2>
      <p className="form-status">{category.postCount} published {category.postCount === 1 ? 'post' : 'posts'}</p>
      <Field label="Name" error={errors['name']}>
        {(c) => <input {...c} value={values.name} onChange={(e) => set('name')(e.target.value)} />}
      </Field>
      <Field label="Slug" error={errors['slug']} hint="Part of the category's public URL.">
        {(c) => <input {...c} value={values.slug} onChange={(e) => set('slug')(e.target.value)} />}
      </Field>
      <Field label="Description" error={errors['description']}>
        {(c) => <textarea {...c} rows={4} value={values.description} onChange={(e) => set('description')(e.target.value)} />}
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
