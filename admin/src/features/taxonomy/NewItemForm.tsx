import { useState, type FormEvent } from 'react';
import { splitResult, thrownMessage, type Payload } from '../../apollo/mutationResult';
import { Field } from '../../components/Field';

/** What a create mutation answers, as far as this form reads it. */
type CreateResult = { __typename: string } | null | undefined;

/** The message beside the name field for a refused create. */
function refusal(error: { __typename: string; message?: string; fieldErrors?: readonly { message: string }[] }): string {
  if (error.__typename === 'SlugTakenError') return `${error.message ?? 'The slug is taken.'} Give the name another word.`;
  return error.fieldErrors?.[0]?.message ?? error.message ?? 'Not saved.';
}

/**
 * "New category" / "New tag": one name field and an Add button at the top of a list pane.
 * `validate` is the shared rule (message or null); `create` runs the create mutation and returns
 * its result union member; on the payload `onCreated` runs (it selects the new item) and the
 * field clears.
 */
export function NewItemForm<R extends CreateResult>({
  noun,
  validate,
  create,
  onCreated,
}: {
  noun: 'category' | 'tag';
  validate: (name: string) => string | null;
  create: (name: string) => Promise<R>;
  onCreated: (payload: Payload<R>) => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validate(name);
    if (problem) return setError(problem);
    setBusy(true);
    let message: string | null = null;
    try {
      const outcome = splitResult(await create(name.trim()));
      if (!outcome.ok) message = refusal(outcome.error as Parameters<typeof refusal>[0]);
      else onCreated(outcome.payload as Payload<R>);
    } catch (e) {
      message = thrownMessage(e);
    }
    setBusy(false);
    setError(message);
    if (!message) setName('');
  };

  return (
    <form className="new-item" onSubmit={submit} aria-label={`New ${noun}`} noValidate>
      <Field label={`New ${noun} name`} error={error ?? undefined}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} placeholder={`Name a new ${noun}`} />}
      </Field>
      <button type="submit" className="button" disabled={isBusy}>
        Add {noun}
      </button>
    </form>
  );
}
