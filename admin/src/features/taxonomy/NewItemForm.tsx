import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';

/**
 * "New category" / "New tag": one name field and an Add button at the top of a list pane.
 * `onCreate` returns the error to show beside the field, or null when created (the field clears).
 */
export function NewItemForm({ noun, validate, onCreate }: {
  noun: 'category' | 'tag';
  /** Client-side check with the shared zod rule; returns the message or null. */
  validate: (name: string) => string | null;
  onCreate: (name: string) => Promise<string | null>;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validate(name);
    if (problem) return setError(problem);
    setBusy(true);
    const serverError = await onCreate(name.trim());
    setBusy(false);
    setError(serverError);
    if (!serverError) setName('');
  };

  return (
    <form className="new-item" onSubmit={submit} aria-label={`New ${noun}`} noValidate>
      <Field label={`New ${noun} name`} error={error ?? undefined}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} placeholder={`Name a new ${noun}`} />}
      </Field>
      <button type="submit" className="button" disabled={isBusy}>Add {noun}</button>
    </form>
  );
}
