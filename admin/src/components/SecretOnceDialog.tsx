import { useRef, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

/**
 * Shows a secret the gateway hands out once and keeps only a hash (or an encrypted copy) of — an
 * API token, a webhook's signing secret. Copy puts it on the clipboard; closing the dialog forgets
 * it (the caller holds it in state only while this is open). `lost` says what to do if it is lost.
 */
export function SecretOnceDialog({
  title,
  secret,
  lost,
  onClose,
}: {
  title: string;
  secret: string;
  lost: ReactNode;
  onClose: () => void;
}) {
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
    <Dialog title={title} onClose={onClose} initialFocus={field}>
      <p className="token-warning" role="note">
        <strong>Copy this secret now.</strong> It is shown only once and cannot be retrieved later; {lost}
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
