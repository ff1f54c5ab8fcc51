import type { ReactNode } from 'react';
import { fieldId, FIELD_LABELS, type FieldName } from '../workingCopy';

/** The attributes a field's control must carry: its id (label, focus-first-error) and its error link. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/**
 * One field of the post form: label, control, and the message beside it (role="alert", so a
 * new server or client message is announced). Ids come from the field name, so the editor can
 * focus the first invalid field after a failed save.
 */
export function EditorField({
  name,
  error,
  extra,
  note,
  children,
  className,
}: {
  name: FieldName;
  error?: string | undefined;
  /** Rendered after the control (e.g. "Reset to title", "Use <suggestion>"). */
  extra?: ReactNode;
  /** A hint under the control, announced with it (aria-describedby), e.g. what a change will do. */
  note?: ReactNode;
  children: (control: ControlProps) => ReactNode;
  className?: string;
}) {
  const id = fieldId(name);
  const describedBy = [error ? `${id}-error` : null, note ? `${id}-note` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['editor-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{FIELD_LABELS[name]}</label>
      <div className="editor-field-control">
        {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
        {extra}
      </div>
      {note ? (
        <p id={`${id}-note`} className="field-hint">
          {note}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="editor-field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
