import { EditorField } from './EditorField';
import { MarkdownPreview } from './MarkdownPreview';

/** The Markdown source (monospace) with the live preview beside it. */
export function BodyField({ value, error, onChange }: { value: string; error?: string | undefined; onChange: (body: string) => void }) {
  return (
    <div className="editor-body">
      <EditorField name="body" error={error} className="editor-body-source">
        {(control) => (
          <textarea
            {...control}
            className="editor-markdown"
            value={value}
            spellCheck
            onChange={(e) => onChange(e.target.value)}
            placeholder="Write in Markdown…"
          />
        )}
      </EditorField>
      <MarkdownPreview markdown={value} />
    </div>
  );
}
