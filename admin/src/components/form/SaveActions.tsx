import type { ReactNode } from 'react';

/**
 * The Save button of a form on useEditableForm and its status beside it: "Saving…" on the button
 * while a save runs, "Unsaved changes" while the form differs from what was loaded, "Saved" after
 * a save until the next edit. `children` are further actions after a spacer (e.g. Delete…).
 */
export function SaveActions({
  isDirty,
  isSaving,
  saved,
  children,
}: {
  isDirty: boolean;
  isSaving: boolean;
  saved: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="detail-actions">
      <button type="submit" className="button primary" disabled={!isDirty || isSaving}>
        {isSaving ? 'Saving…' : 'Save'}
      </button>
      <span role="status" className="form-status">
        {isDirty ? 'Unsaved changes' : saved ? 'Saved' : ''}
      </span>
      {children ? (
        <>
          <span className="spacer" />
          {children}
        </>
      ) : null}
    </div>
  );
}
