import { useMemo, type FormEvent } from 'react';
import { useNavigationGuard } from '../../app/router/Router';
import { useShortcut } from '../../app/shortcuts/ShortcutProvider';
import { useReportSaveState, type SaveState } from '../../app/status/SaveState';
import { Field } from '../../components/Field';
import { TimeZoneInput } from './TimeZoneInput';
import { useSiteForm, type SaveOutcome, type SiteValues } from './useSiteForm';

/**
 * Title, description, base URL and time zone of the site. Dirty edits guard navigation and show
 * in the status bar; Save and Mod+S run the same `save`; errors appear beside their fields.
 */
export function SiteSettingsForm({ initial, send }: { initial: SiteValues; send: (changed: Partial<SiteValues>) => Promise<SaveOutcome> }) {
  const form = useSiteForm(initial, send);
  const { values, errors, isDirty, isSaving, savedAt, failure } = form;
  useNavigationGuard(isDirty);
  useShortcut('settings.save', () => void form.save(), { enabled: isDirty });
  const saveState = useMemo<SaveState>(() => {
    if (isSaving) return { kind: 'saving' };
    if (failure) return { kind: 'error', message: failure };
    if (isDirty) return { kind: 'dirty' };
    return savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' };
  }, [isSaving, failure, isDirty, savedAt]);
  useReportSaveState(saveState);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <form className="detail-form" onSubmit={submit} aria-label="Site settings" noValidate>
      <h2>Site</h2>
      <Field label="Title" error={errors['title']}>
        {(c) => <input {...c} value={values.title} onChange={(e) => form.setField('title', e.target.value)} />}
      </Field>
      <Field label="Description" error={errors['description']}>
        {(c) => <textarea {...c} rows={3} value={values.description} onChange={(e) => form.setField('description', e.target.value)} />}
      </Field>
      <Field label="Base URL" error={errors['baseUrl']} hint="Where the public blog lives, e.g. https://example.com.">
        {(c) => <input {...c} type="url" value={values.baseUrl} onChange={(e) => form.setField('baseUrl', e.target.value)} />}
      </Field>
      <Field label="Time zone" error={errors['timeZone']} hint="Dates are shown in this zone. Type to search.">
        {(c) => <TimeZoneInput control={c} value={values.timeZone} onChange={(zone) => form.setField('timeZone', zone)} />}
      </Field>
      {failure ? <p role="alert" className="field-error">Not saved: {failure}</p> : null}
      <div className="detail-actions">
        <button type="submit" className="button primary" disabled={!isDirty || isSaving}>{isSaving ? 'Saving…' : 'Save'}</button>
        <span role="status" className="form-status">{isDirty ? 'Unsaved changes' : savedAt ? 'Saved' : ''}</span>
      </div>
    </form>
  );
}
