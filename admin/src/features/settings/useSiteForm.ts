import { useCallback, useMemo, useState } from 'react';
import { siteFieldsSchema } from '#shared/site-rules.ts';
import { errorsByField, type FieldIssue } from '../../components/fieldErrors';

export interface SiteValues {
  title: string;
  description: string;
  baseUrl: string;
  timeZone: string;
}
export type SiteField = keyof SiteValues;

/** What saving answered: null = saved, else the field issues (ValidationError) or a form message. */
export type SaveOutcome = null | { fieldErrors: readonly FieldIssue[] } | { message: string };

/**
 * The settings form's state: initial values kept, "dirty" derived per field, the shared zod rules
 * run before sending (same messages as the gateway), only changed fields sent (updateSite is a
 * partial update). `save` is the one function the button and Mod+S both call.
 */
export function useSiteForm(initial: SiteValues, send: (changed: Partial<SiteValues>) => Promise<SaveOutcome>) {
  // The values as last loaded or saved: what "dirty" is measured against.
  const [baseline, setBaseline] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const changed = useMemo(
    () => Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== baseline[k as SiteField])) as Partial<SiteValues>,
    [values, baseline],
  );
  const isDirty = Object.keys(changed).length > 0;

  const setField = useCallback((field: SiteField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // The old message no longer describes what is typed now.
    setErrors(({ [field]: _gone, ...rest }) => rest);
  }, []);

  const save = async () => {
    if (!isDirty || isSaving) return;
    const parsed = siteFieldsSchema.safeParse(changed);
    if (!parsed.success) return setErrors(errorsByField(parsed.error.issues));
    setSaving(true);
    setFailure(null);
    const outcome = await send(parsed.data).finally(() => setSaving(false));
    if (outcome === null) {
      // Show what was stored (trimmed, base URL without its trailing slash), so it is not dirty.
      const stored = { ...values, ...parsed.data };
      setValues(stored);
      setBaseline(stored);
      setErrors({});
      setSavedAt(new Date());
    } else if ('fieldErrors' in outcome) setErrors(errorsByField(outcome.fieldErrors));
    else setFailure(outcome.message);
  };

  return { values, setField, errors, isDirty, isSaving, savedAt, failure, save };
}
