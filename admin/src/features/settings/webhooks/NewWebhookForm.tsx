import { useState, type FormEvent } from 'react';
import type { WebhookEvent } from '../../../__generated__/graphql';
import { splitResult, thrownMessage } from '../../../apollo/mutationResult';
import { Field } from '../../../components/Field';
import { errorsByField } from '../../../components/fieldErrors';
import { SUBSCRIBABLE_EVENTS } from './events';
import { useCreateWebhookMutation } from './useCreateWebhookMutation';

/** Whether `text` is an absolute http(s) URL; the gateway checks more (public address after DNS). */
function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Creates a webhook: URL, optional description and the events it receives (post published by
 * default). Obvious mistakes are caught here; the gateway's ValidationError (e.g. a private
 * address) lands beside the field its path names. `onCreated` gets the one-time secret.
 */
export function NewWebhookForm({ onCreated }: { onCreated: (created: { id: string; url: string; secret: string }) => void }) {
  const [createWebhook, { loading }] = useCreateWebhookMutation();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<readonly WebhookEvent[]>(['POST_PUBLISHED']);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!isHttpUrl(url.trim())) problems['url'] = 'Enter an absolute http(s) URL, e.g. https://example.com/hooks/blog.';
    if (events.length === 0) problems['events'] = 'Choose at least one event.';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      const input = { url: url.trim(), events: [...events], ...(description.trim() ? { description: description.trim() } : {}) };
      const outcome = splitResult((await createWebhook({ variables: { input } })).data?.createWebhook);
      if (!outcome.ok)
        return setErrors(
          errorsByField(outcome.error.fieldErrors.length ? outcome.error.fieldErrors : [{ path: [], message: outcome.error.message }]),
        );
      setUrl('');
      setDescription('');
      setEvents(['POST_PUBLISHED']);
      onCreated({ id: outcome.payload.webhook.id, url: outcome.payload.webhook.url, secret: outcome.payload.secret });
    } catch (e) {
      setErrors({ form: thrownMessage(e) });
    }
  };

  const toggle = (chosen: WebhookEvent, on: boolean) =>
    setEvents(SUBSCRIBABLE_EVENTS.map((e) => e.event).filter((e) => (e === chosen ? on : events.includes(e))));

  return (
    <form className="new-webhook" onSubmit={submit} aria-label="New webhook" noValidate>
      <Field label="URL" error={errors['url']} hint="Receives a signed POST (Standard Webhooks) for each event.">
        {(c) => <input {...c} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />}
      </Field>
      <Field label="Description" error={errors['description']}>
        {(c) => <input {...c} value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <fieldset className="webhook-events" aria-invalid={Boolean(errors['events'])}>
        <legend>Events</legend>
        {SUBSCRIBABLE_EVENTS.map(({ event, label }) => (
          <label key={event}>
            <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} /> {label}
          </label>
        ))}
        {errors['events'] ? (
          <p role="alert" className="field-error">
            {errors['events']}
          </p>
        ) : null}
      </fieldset>
      {errors['form'] ? (
        <p role="alert" className="field-error">
          Not created: {errors['form']}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={loading}>
        Create webhook
      </button>
    </form>
  );
}
