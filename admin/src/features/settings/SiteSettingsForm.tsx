import { siteFieldsSchema } from '#shared/site-rules.ts';
import type { UpdateSiteMutation } from '../../__generated__/graphql';
import { Field } from '../../components/Field';
import { useEditableForm, validateChanged } from '../../components/form/useEditableForm';
import { TimeZoneInput } from './TimeZoneInput';
import { SaveActions } from '../../components/form/SaveActions';

export interface SiteValues {
  title: string;
  description: string;
  baseUrl: string;
  timeZone: string;
}

/** What updateSite answers (its result union member). */
export type UpdateSiteResult = UpdateSiteMutation['updateSite'];

/**
 * Title, description, base URL and time zone of the site. The shared rules run before sending
 * (same messages as the gateway) and only the changed fields are sent (updateSite is partial);
 * what is stored (trimmed, base URL without its trailing slash) becomes the new initial value.
 * Dirty edits guard navigation and show in the status bar; Save and Mod+S run the same `save`;
 * errors appear beside their fields.
 */
export function SiteSettingsForm({
  initial,
  send,
}: {
  initial: SiteValues;
  send: (changes: Partial<SiteValues>) => Promise<UpdateSiteResult | null | undefined>;
}) {
  const form = useEditableForm({
    initial,
    shortcut: 'settings.save',
    reportSaveState: true,
    validate: validateChanged<SiteValues>(siteFieldsSchema),
    submit: ({ changes }) => send(changes),
  });
  const { values, errors, isDirty, isSaving, phase } = form;

  return (
    <form
      className="detail-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
      aria-label="Site settings"
      noValidate
    >
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
      {errors['form'] ? (
        <p role="alert" className="field-error">
          Not saved: {errors['form']}
        </p>
      ) : null}
      <SaveActions isDirty={isDirty} isSaving={isSaving} saved={phase.kind === 'saved'} />
    </form>
  );
}
