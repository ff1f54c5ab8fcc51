import { BodyField } from './fields/BodyField';
import { EditorField } from './fields/EditorField';
import { KindCategoryFields } from './fields/KindCategoryFields';
import { SlugField } from './fields/SlugField';
import { TagsInput } from './fields/TagsInput';
import type { PostForm } from './usePostForm';
import type { FieldErrors } from './validate';

/** The post's fields, in screen order (the order the first-error focus follows). */
export function PostEditorForm({
  form,
  errors,
  slugSuggestion,
  categories,
  knownTags,
  onUseSuggestion,
  publishedSlug,
}: {
  form: PostForm;
  errors: FieldErrors;
  slugSuggestion: string | null;
  categories: readonly { id: string; name: string }[];
  knownTags: readonly string[];
  onUseSuggestion: (slug: string) => void;
  /** The saved slug of a published post (its public address), null otherwise. */
  publishedSlug: string | null;
}) {
  const { current, setField } = form;
  return (
    // biome-ignore lint/a11y/useSemanticElements: in Chromium a <fieldset>'s content box keeps the body field from growing to fill the pane
    <div className="editor-form" role="group" aria-label="Post fields">
      <EditorField name="title" error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            className="editor-title"
            value={current.title}
            onChange={(e) => setField('title', e.target.value)}
          />
        )}
      </EditorField>
      <SlugField
        value={current.slug}
        isDerived={form.isSlugDerived}
        error={errors.slug}
        suggestion={slugSuggestion}
        onChange={(slug) => setField('slug', slug)}
        onReset={form.resetSlug}
        onUseSuggestion={onUseSuggestion}
        publishedSlug={publishedSlug}
      />
      <KindCategoryFields
        kind={current.kind}
        categoryId={current.categoryId}
        categories={categories}
        errors={errors}
        onKind={(kind) => setField('kind', kind)}
        onCategory={(id) => setField('categoryId', id)}
      />
      <TagsInput tags={current.tags} known={knownTags} error={errors.tags} onChange={(tags) => setField('tags', tags)} />
      <EditorField name="hasLab" error={errors.hasLab} className="editor-checkbox">
        {(control) => (
          <input {...control} type="checkbox" checked={current.hasLab} onChange={(e) => setField('hasLab', e.target.checked)} />
        )}
      </EditorField>
      <EditorField name="summary" error={errors.summary}>
        {(control) => <textarea {...control} rows={3} value={current.summary} onChange={(e) => setField('summary', e.target.value)} />}
      </EditorField>
      <BodyField value={current.body} error={errors.body} onChange={(body) => setField('body', body)} />
    </div>
  );
}
