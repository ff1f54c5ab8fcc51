import { useRef, useState } from 'react';
import { Dialog } from '../../components/Dialog';

/**
 * Shows a new API token's secret — the only time it is ever shown (the gateway stores only its
 * hash). Copy puts it on the clipboard; closing the dialog forgets it.
 */
export function NewTokenDialog({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // No clipboard permission (e.g. plain http): select the text so Ctrl+C works.
      field.current?.select();
      setCopied('failed');
    }
  };
  return (
    <Dialog title={`API token “${name}” created`} onClose={onClose} initialFocus={field}>
      <p className="token-warning" role="note">
        <strong>Copy this secret now.</strong> It is shown only once and cannot be retrieved later; if you lose it, revoke the token and
        create a new one.
      </p>
      <label className="token-secret-label">
        Secret
        <input ref={field} className="token-secret" readOnly value={secret} onFocus={(e) => e.target.select()} />
      </label>
      <p role="status" className="form-status">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Copy failed: press Ctrl+C (⌘C) to copy the selected secret.'
            : ''}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={copy}>
          Copy
        </button>
        <button type="button" className="button primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
