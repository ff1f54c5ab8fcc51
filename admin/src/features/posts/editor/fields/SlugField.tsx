import { EditorField } from './EditorField';

/**
 * The slug. It follows the title (shared slugFromTitle) until the author types here; "Reset to
 * title" makes it follow again. After a SlugTakenError the server's free suggestion is one click.
 */
export function SlugField({
  value,
  isDerived,
  error,
  suggestion,
  onChange,
  onReset,
  onUseSuggestion,
}: {
  value: string;
  isDerived: boolean;
  error?: string | undefined;
  suggestion: string | null;
  onChange: (slug: string) => void;
  onReset: () => void;
  onUseSuggestion: (slug: string) => void;
}) {
  return (
    <EditorField
      name="slug"
      error={error}
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
