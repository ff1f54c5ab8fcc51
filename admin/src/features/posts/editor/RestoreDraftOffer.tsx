import type { StoredDraft } from './useLocalDraft';

/**
 * Shown when this browser holds unsaved edits of the post (a crash, a reload, a closed tab)
 * that differ from the server's copy. Not a modal: the author can look at the post first.
 */
export function RestoreDraftOffer({ draft, onRestore, onDiscard }: { draft: StoredDraft; onRestore: () => void; onDiscard: () => void }) {
  const at = new Date(draft.savedAt);
  const when = at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="restore-offer" role="alert">
      <span>
        Restore unsaved changes from <time dateTime={draft.savedAt}>{when}</time>?
      </span>
      <button type="button" className="button primary" onClick={onRestore}>
        Restore
      </button>
      <button type="button" className="button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
