import { categoryFieldsSchema, tagFieldsSchema } from '#shared/post-rules.ts';
import type { CategoriesQuery, TagsQuery } from '../../__generated__/graphql';
import { Field } from '../../components/Field';
import { useEditableForm, validateChanged, type FormErrors } from '../../components/form/useEditableForm';
import { useUpdateCategoryMutation } from './useUpdateCategoryMutation';
import { useUpdateTagMutation } from './useUpdateTagMutation';
import { SaveActions } from '../../components/form/SaveActions';

/** What the form edits: a category (name, slug, description) or a tag (name, slug). */
export type TaxonomyItem =
  | { kind: 'category'; item: CategoriesQuery['categories'][number] }
  | { kind: 'tag'; item: TagsQuery['tags'][number] };

interface TaxonomyValues {
  name: string;
  slug: string;
  /** Categories only; tags have no description. */
  description?: string;
}

const valuesOf = (subject: TaxonomyItem): TaxonomyValues =>
  subject.kind === 'category'
    ? { name: subject.item.name, slug: subject.item.slug, description: subject.item.description ?? '' }
    : { name: subject.item.name, slug: subject.item.slug };

/** SlugTakenError → beside the slug, with the server's free alternative; the rest as usual. */
function describeError(error: { __typename: string; message: string; suggestion?: string }): FormErrors | undefined {
  return error.__typename === 'SlugTakenError' ? { slug: `${error.message} Use “${error.suggestion}”?` } : undefined;
}

/**
 * Name and slug (and a category's description) of one category or tag: one form for both kinds
 * (posts keep a renamed tag or category). Keeps the initial values, derives "dirty" and guards
 * navigation, sends only the changed fields after the shared rule, and puts errors (the rule's
 * first, then the server's typed ones) beside their fields. Save and Mod+S run the same save.
 */
export function TaxonomyForm({ subject, onDelete }: { subject: TaxonomyItem; onDelete: () => void }) {
  const { kind, item } = subject;
  const [updateCategory] = useUpdateCategoryMutation();
  const [updateTag] = useUpdateTagMutation();
  const form = useEditableForm({
    initial: valuesOf(subject),
    shortcut: kind === 'category' ? 'category.save' : 'tag.save',
    validate: validateChanged<TaxonomyValues>(kind === 'category' ? categoryFieldsSchema : tagFieldsSchema),
    submit: async ({ changes }) => {
      const input = { id: item.id, ...changes };
      return kind === 'category'
        ? (await updateCategory({ variables: { input } })).data?.updateCategory
        : (await updateTag({ variables: { input } })).data?.updateTag;
    },
    describeError,
  });
  const { values, errors, isDirty, isSaving, phase } = form;
  const noun = kind === 'category' ? 'Category' : 'Tag';

  return (
    <form
      className="detail-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
      aria-label={`${noun} ${item.name}`}
      noValidate
    >
      <h2>{item.name}</h2>
      <p className="form-status">
        {item.postCount} published {item.postCount === 1 ? 'post' : 'posts'}
      </p>
      <Field label="Name" error={errors['name']}>
        {(c) => <input {...c} value={values.name} onChange={(e) => form.setField('name', e.target.value)} />}
      </Field>
      <Field label="Slug" error={errors['slug']} hint={`Part of the ${kind}'s public URL.`}>
        {(c) => <input {...c} value={values.slug} onChange={(e) => form.setField('slug', e.target.value)} />}
      </Field>
      {values.description !== undefined ? (
        <Field label="Description" error={errors['description']}>
          {(c) => <textarea {...c} rows={4} value={values.description} onChange={(e) => form.setField('description', e.target.value)} />}
        </Field>
      ) : null}
      {errors['form'] ? (
        <p role="alert" className="field-error">
          {errors['form']}
        </p>
      ) : null}
      <SaveActions isDirty={isDirty} isSaving={isSaving} saved={phase.kind === 'saved'}>
        <button type="button" className="button destructive" onClick={onDelete}>
          Delete…
        </button>
      </SaveActions>
    </form>
  );
}
