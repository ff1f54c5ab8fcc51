import { useMutation } from '@apollo/client/react';
import { categoryFieldsSchema } from '#shared/post-rules.ts';
import { Field } from '../../components/Field';
import { useDetailForm } from './useDetailForm';
import type { CategoryItem } from './useReorderCategoriesMutation';
import { UpdateCategoryDocument } from './documents';

/**
 * Name, slug and description of one category. Keeps the initial values, derives "dirty" and
 * guards navigation; sends only changed fields; errors (shared rules first, then the server's
 * typed ones) appear beside their fields.
 */
export function CategoryForm({ category, onDelete }: { category: CategoryItem; onDelete: () => void }) {
  const initial = { name: category.name, slug: category.slug, description: category.description ?? '' };
  const [mutate] = useMutation(UpdateCategoryDocument);
  const { values, set, errors, saved, isDirty, loading, save } = useDetailForm({
    initial,
    schema: categoryFieldsSchema,
    shortcut: 'category.save',
    submit: async (changed) => (await mutate({ variables: { input: { id: category.id, ...changed } } })).data?.updateCategory,
  });

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
