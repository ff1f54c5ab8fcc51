import { pathOf } from '#shared/paths.ts';
import { EditorField } from './EditorField';

/**
 * The slug. It follows the title (shared slugFromTitle) until the author types here; "Reset to
 * title" makes it follow again. After a SlugTakenError the server's free suggestion is one click.
 * Renaming a published post changes its public address; the gateway keeps the old one answering
 * with a redirect, and a note under the field says so before the author saves.
 */
export function SlugField({
  value,
  isDerived,
  error,
  suggestion,
  onChange,
  onReset,
  onUseSuggestion,
  publishedSlug,
}: {
  value: string;
  isDerived: boolean;
  error?: string | undefined;
  suggestion: string | null;
  onChange: (slug: string) => void;
  onReset: () => void;
  onUseSuggestion: (slug: string) => void;
  /** The saved slug of a published post, null for drafts and scheduled posts (no public address yet). */
  publishedSlug: string | null;
}) {
  const isRenamingPublished = publishedSlug !== null && value.trim() !== '' && value !== publishedSlug;
  return (
    <EditorField
      name="slug"
      error={error}
      note={isRenamingPublished ? `The old address ${pathOf('post', publishedSlug)} will redirect to the new one.` : null}
      extra={
        <>
          <button type="button" className="button" onClick={onReset} disabled={isDerived}>
            Reset to title
          </button>
          {suggestion ? (
            <button type="button" className="button" onClick={() => onUseSuggestion(suggestion)}>
              Use {suggestion}
            </button>
          ) : null}
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          type="text"
          className="editor-slug"
          value={value}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </EditorField>
  );
}
