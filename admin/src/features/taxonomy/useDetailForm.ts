import { useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import { useNavigationGuard } from '../../app/router/Router';
import type { GlobalShortcutId } from '../../app/shortcuts/registry';
import { useShortcut } from '../../app/shortcuts/ShortcutProvider';
import { errorsByField } from '../../components/fieldErrors';

/** The part of an update mutation's result union the form reacts to. */
export type DetailResult =
  | { __typename: string; message?: string; fieldErrors?: readonly { path: readonly string[]; message: string }[]; suggestion?: string }
  | null
  | undefined;

/**
 * State of a taxonomy detail form (category, tag): keeps the initial values, derives "dirty" and
 * guards navigation, validates only the changed fields with the shared rule, sends them, and puts
 * errors beside their fields (shared rules first, then the server's typed ones). `submit` runs the
 * mutation with the changed fields and returns its result union; a `…Payload` means saved.
 * `shortcut` (Mod+S in the registry) runs the same save while there are changes.
 */
export function useDetailForm<V extends Record<string, string>>(options: {
  initial: V;
  schema: ZodType;
  submit: (changed: Record<string, unknown>) => Promise<DetailResult>;
  shortcut: GlobalShortcutId;
}) {
  const { initial } = options;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [loading, setLoading] = useState(false);
  const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== initial[k]));
  const isDirty = Object.keys(changed).length > 0;
  useNavigationGuard(isDirty);

  const set = (field: keyof V) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setSaved(false);
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (loading) return;
    const parsed = options.schema.safeParse(changed);
    if (!parsed.success) return setErrors(errorsByField(parsed.error.issues));
    setLoading(true);
    try {
      const result = await options.submit(parsed.data as Record<string, unknown>);
      if (result?.__typename.endsWith('Payload')) {
        setErrors({});
        setSaved(true);
      } else if (result?.__typename === 'ValidationError') setErrors(errorsByField(result.fieldErrors ?? []));
      else if (result?.__typename === 'SlugTakenError') setErrors({ slug: `${result.message} Use “${result.suggestion}”?` });
      else setErrors({ form: result?.message ?? 'Not saved.' });
    } catch (e) {
      setErrors({ form: (e as Error).message });
    } finally {
      setLoading(false);
    }
  };

  useShortcut(options.shortcut, () => void save(), { enabled: isDirty });

  return { values, set, errors, saved, isDirty, loading, save };
}
