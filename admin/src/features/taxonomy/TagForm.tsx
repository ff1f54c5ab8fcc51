import { useMutation } from '@apollo/client/react';
import { tagFieldsSchema } from '#shared/post-rules.ts';
import type { TagsQuery } from '../../__generated__/graphql';
import { Field } from '../../components/Field';
import { useDetailForm } from './useDetailForm';
import { UpdateTagDocument } from './documents';

/**
 * Name and slug of one tag (posts keep it when renamed). Same contract as CategoryForm: initial
 * values kept, dirty derived and guarded, only changed fields sent, errors beside fields.
 */
export function TagForm({ tag, onDelete }: { tag: TagsQuery['tags'][number]; onDelete: () => void }) {
  const initial = { name: tag.name, slug: tag.slug };
  const [mutate] = useMutation(UpdateTagDocument);
  const { values, set, errors, saved, isDirty, loading, save } = useDetailForm({
    initial,
    schema: tagFieldsSchema,
    shortcut: 'tag.save',
    submit: async (changed) => (await mutate({ variables: { input: { id: tag.id, ...changed } } })).data?.updateTag,
  });

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
