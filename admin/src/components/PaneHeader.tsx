/**
 * The title row of a pane: its heading and, for lists, a live count ("12 posts") that screen
 * readers announce when it changes. `count` is the text to show; empty while loading.
 */
export function PaneHeader({ title, count }: { title: string; count?: string }) {
  return (
    <header className="pane-header">
      <h2>{title}</h2>
      {count === undefined ? null : (
        <span className="pane-count" aria-live="polite">
          {count}
        </span>
      )}
    </header>
  );
}
