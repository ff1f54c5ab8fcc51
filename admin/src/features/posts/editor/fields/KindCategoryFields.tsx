import type { PostKind } from '../../../../__generated__/graphql';
import type { FieldErrors } from '../validate';
import { EditorField } from './EditorField';

/**
 * Kind and category side by side. Shorts have no category (shared/src/post-rules.ts), so the
 * select is disabled for them — and the form clears it when the kind becomes Short.
 */
export function KindCategoryFields({
  kind,
  categoryId,
  categories,
  errors,
  onKind,
  onCategory,
}: {
  kind: PostKind;
  categoryId: string | null;
  categories: readonly { id: string; name: string }[];
  errors: FieldErrors;
  onKind: (kind: PostKind) => void;
  onCategory: (id: string | null) => void;
}) {
  return (
    <div className="editor-row">
      <EditorField name="kind" error={errors.kind}>
        {(control) => (
          <select {...control} value={kind} onChange={(e) => onKind(e.target.value as PostKind)}>
            <option value="NOTE">Long read</option>
            <option value="SHORT">Short</option>
          </select>
        )}
      </EditorField>
      <EditorField name="categoryId" error={errors.categoryId}>
        {(control) => (
          <select {...control} value={categoryId ?? ''} disabled={kind === 'SHORT'} onChange={(e) => onCategory(e.target.value || null)}>
            <option value="">{kind === 'SHORT' ? 'None (shorts have no category)' : 'No category'}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
            {/* A category deleted meanwhile still shows as the current value until changed. */}
            {categoryId && !categories.some((c) => c.id === categoryId) ? <option value={categoryId}>(unknown category)</option> : null}
          </select>
        )}
      </EditorField>
    </div>
  );
}
