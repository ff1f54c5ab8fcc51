import { Kbd } from '../../../app/shortcuts/Kbd';
import { keysOf, shortcut } from '../../../app/shortcuts/registry';
import type { PostStatus } from '../../../__generated__/graphql';

// Chrome never gives pages Ctrl+N, so the button advertises the alternative that works everywhere.
const ALT_NEW = keysOf('post.new').find((key) => key.startsWith('Alt+')) ?? 'Alt+N';

/**
 * The editor's actions; each button runs the same function as its shortcut or palette command.
 * By status: a draft can be published or scheduled; a scheduled post published now, rescheduled
 * or unscheduled (back to a draft); a published post unpublished. Drafts and scheduled posts also
 * get a preview link (readers cannot see them yet).
 */
export function EditorToolbar({
  status,
  isNew,
  isDirty,
  isBusy,
  isHistoryOpen,
  onSave,
  onPublish,
  onSchedule,
  onUnpublish,
  onCopyPreviewLink,
  onToggleHistory,
  onDelete,
  onNew,
}: {
  status: PostStatus | null;
  isNew: boolean;
  isDirty: boolean;
  isBusy: boolean;
  isHistoryOpen: boolean;
  onSave: () => void;
  onPublish: () => void;
  /** Opens the schedule dialog. */
  onSchedule: () => void;
  onUnpublish: () => void;
  onCopyPreviewLink: () => void;
  onToggleHistory: () => void;
  onDelete: () => void;
  onNew: () => void;
}) {
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Post actions">
      <button
        type="button"
        className="button"
        onClick={onSave}
        disabled={isBusy || (!isDirty && !isNew)}
        aria-keyshortcuts="Control+S Meta+S"
      >
        Save <Kbd combo={shortcut('post.save').keys[0]} />
      </button>
      {status === 'PUBLISHED' ? (
        <button type="button" className="button" onClick={onUnpublish} disabled={isBusy}>
          Unpublish
        </button>
      ) : (
        <>
          <button type="button" className="button" onClick={onPublish} disabled={isBusy}>
            {status === 'SCHEDULED' ? 'Publish now' : 'Publish'}
          </button>
          <button type="button" className="button" onClick={onSchedule} disabled={isBusy}>
            {status === 'SCHEDULED' ? 'Reschedule…' : 'Schedule…'}
          </button>
          {status === 'SCHEDULED' ? (
            <button type="button" className="button" onClick={onUnpublish} disabled={isBusy}>
              Unschedule
            </button>
          ) : null}
        </>
      )}
      {!isNew && status !== 'PUBLISHED' ? (
        <button type="button" className="button" onClick={onCopyPreviewLink} disabled={isBusy}>
          Copy preview link
        </button>
      ) : null}
      <button type="button" className="button" onClick={onToggleHistory} disabled={isNew} aria-pressed={isHistoryOpen}>
        History
      </button>
      <button type="button" className="button" onClick={onDelete} disabled={isBusy || isNew}>
        Delete…
      </button>
      <span className="toolbar-spacer" />
      <button type="button" className="button" onClick={onNew} aria-keyshortcuts="Alt+N">
        New post <Kbd combo={ALT_NEW} />
      </button>
    </div>
  );
}
