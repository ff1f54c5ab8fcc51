import { useRef } from 'react';
import { Dialog } from '../../../components/Dialog';

/** Asks before deleting for good; Cancel has focus, so Enter alone never deletes. */
export function DeletePostDialog({
  title,
  isBusy,
  onConfirm,
  onClose,
}: {
  title: string;
  isBusy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title="Delete this post?" onClose={onClose} initialFocus={cancel}>
      <p>“{title || 'Untitled'}” will be deleted for good, with its tags links and its place in Favorites.</p>
      <div className="dialog-actions">
        <button ref={cancel} type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={onConfirm} disabled={isBusy}>
          Delete post
        </button>
      </div>
    </Dialog>
  );
}
