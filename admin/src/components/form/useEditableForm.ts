import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ZodType } from 'zod';
import { splitResult, thrownMessage, type Payload, type TypedError } from '../../apollo/mutationResult';
import { useNavigationGuard } from '../../app/router/Router';
import type { GlobalShortcutId } from '../../app/shortcuts/registry';
import { useShortcut } from '../../app/shortcuts/ShortcutProvider';
import { useReportSaveState, type SaveState } from '../../app/status/SaveState';
import { errorsByField } from '../fieldErrors';

/** Field name → the message shown beside it; `form` holds what belongs to no field. */
export type FormErrors = Record<string, string>;

/** Where the last save stands (the status bar's save slot shows it with "dirty"). */
export type SavePhase = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

/** A validation's answer: the values to send (possibly normalised), or the messages per field. */
export type Validation<V> = { values: V; errors?: undefined } | { values?: undefined; errors: FormErrors };

type Member = { __typename: string };

export interface EditableFormOptions<V extends object, R extends Member> {
  /** The values as the server has them now; "dirty" is measured against them. */
  initial: V;
  /** Field order on screen (changed fields and the first error follow it); default `initial`'s keys. */
  fields?: readonly (keyof V & string)[];
  /** The shared rules: use {@link validateChanged} with a zod schema, or any function of the values. */
  validate: (values: V, changed: readonly (keyof V & string)[]) => Validation<V>;
  /** Sends the (validated) values; resolves to the mutation's result union member. */
  submit: (request: {
    values: V;
    changed: readonly (keyof V & string)[];
    changes: Partial<V>;
    force: boolean;
  }) => Promise<R | null | undefined>;
  /** The values as stored after a payload (what the server normalised); default the sent ones. */
  storedValues?: (payload: Payload<R>, sent: V) => V;
  /** A typed error → messages beside fields; undefined (or unset): ValidationError paths, else `form`. */
  describeError?: (error: TypedError<R>) => FormErrors | undefined;
  /** A thrown error (network, session) → the message; default its own message. */
  describeThrown?: (error: unknown) => string;
  /** After a payload, committed (so the navigation guard is released) before it runs. */
  onSaved?: (payload: Payload<R>) => void;
  /** New field errors (client rules or server): e.g. focus the first one. */
  onErrors?: (errors: FormErrors) => void;
  /** The registry's save shortcut (Mod+S), bound while there is something to save. */
  shortcut: GlobalShortcutId;
  /** A new item saves even when nothing changed (and keeps Mod+S bound meanwhile). */
  canSaveClean?: boolean;
  /** Keep Mod+S bound while clean too (it then does nothing, instead of the browser's "Save page"). */
  bindShortcutWhenClean?: boolean;
  /** Show a thrown error's message under `errors.form` too (default); false: the save phase only. */
  showThrownInForm?: boolean;
  /** The item is gone (deleted): nothing is dirty any more, so nothing is guarded or reported. */
  isDiscarded?: boolean;
  /** Report the save phase to the status bar's save slot. */
  reportSaveState?: boolean;
  /** Two values of a field are the same (default: ===, arrays element-wise). */
  isSame?: (a: unknown, b: unknown) => boolean;
  /** Edit-time rule for derived fields (e.g. a slug that follows the title): the next values. */
  derive?: (next: V, field: keyof V, previous: V) => V;
  /** Keep field messages from the last save until the next one (default: an edit clears its field's). */
  keepErrorsWhileEditing?: boolean;
  /** When the client rules refuse: the status bar's error message; unset, the save phase stays. */
  invalidMessage?: string;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((value, i) => value === b[i]) : a === b;

/**
 * The one editable-form hook of the admin (category, tag, site settings, post). It keeps the
 * initial values and the working values, derives `changed` / `isDirty` from them (edit then
 * revert → clean again), guards navigation while dirty, binds Mod+S through the shortcut
 * registry, runs the shared rules before sending, sends, and reads the result union with
 * {@link splitResult}: a payload makes the stored values the new initial ones; a typed error's
 * messages land beside their fields (`errors`), the error itself stays in `failure` for
 * anything a form shows besides (a slug suggestion, a conflict dialog).
 *
 * `save` is the one function the Save button, Mod+S and the command palette call; it resolves
 * to the payload, or null when nothing was saved.
 */
export function useEditableForm<V extends object, R extends Member>(options: EditableFormOptions<V, R>) {
  const opts = useRef(options);
  opts.current = options;
  const [state, setState] = useState(() => ({ initial: options.initial, current: options.initial }));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<TypedError<R> | null>(null);
  const [phase, setPhase] = useState<SavePhase>({ kind: 'idle' });
  // The fields whose value in `to` differs from `from`, in screen order. `fields` and `isSame`
  // are fixed per form, so they are read through the options ref rather than made dependencies.
  const changedFields = useCallback((from: V, to: V): (keyof V & string)[] => {
    const { fields = Object.keys(opts.current.initial) as (keyof V & string)[], isSame = sameValue } = opts.current;
    return fields.filter((name) => !isSame(from[name], to[name]));
  }, []);
  const changed = useMemo(() => changedFields(state.initial, state.current), [changedFields, state]);
  const isDirty = changed.length > 0 && !options.isDiscarded;
  const isSaving = phase.kind === 'saving';

  const setField = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setState((s) => {
      const next = { ...s.current, [name]: value };
      return { ...s, current: opts.current.derive ? opts.current.derive(next, name, s.current) : next };
    });
    // The old message no longer describes what is typed now.
    if (!opts.current.keepErrorsWhileEditing) setErrors(({ [name as string]: _gone, ...rest }) => rest);
  }, []);

  /** Replaces the working values (a restored local copy); the initial ones stay, so it is dirty. */
  const replaceValues = useCallback((values: V) => setState((s) => ({ ...s, current: values })), []);
  /** After a reload: both copies become `values`, nothing is dirty. */
  const rebase = useCallback((values: V) => setState({ initial: values, current: values }), []);

  const showErrors = useCallback((next: FormErrors) => {
    setErrors(next);
    if (Object.keys(next).length > 0) opts.current.onErrors?.(next);
  }, []);

  /** Shows a typed error of any mutation the form runs (also for actions besides save). */
  const showError = useCallback(
    (error: TypedError<R>) => {
      setFailure(error);
      setPhase({ kind: 'error', message: (error as { message?: string }).message ?? 'Not saved.' });
      showErrors(opts.current.describeError?.(error) ?? defaultErrors(error));
    },
    [showErrors],
  );

  /** Shows a thrown error (network, expired session): the working values stay. */
  const showThrown = useCallback((error: unknown) => {
    const message = (opts.current.describeThrown ?? thrownMessage)(error);
    setPhase({ kind: 'error', message });
    if (opts.current.showThrownInForm ?? true) setErrors({ form: message });
  }, []);

  const save = useCallback(
    async (request: { values?: V; force?: boolean } = {}): Promise<Payload<R> | null> => {
      const o = opts.current;
      if (phase.kind === 'saving') return null;
      const sent = request.values ?? state.current;
      const names = changedFields(state.initial, sent);
      if (names.length === 0 && !request.force && !o.canSaveClean) return null;
      const checked = o.validate(sent, names);
      if (checked.errors) {
        setFailure(null);
        if (o.invalidMessage) setPhase({ kind: 'error', message: o.invalidMessage });
        showErrors(checked.errors);
        return null;
      }
      const values = checked.values;
      const changes = Object.fromEntries(names.map((name) => [name, values[name]])) as Partial<V>;
      setPhase({ kind: 'saving' });
      setErrors({});
      setFailure(null);
      try {
        const outcome = splitResult(await o.submit({ values, changed: names, changes, force: request.force ?? false }));
        if (!outcome.ok) {
          showError(outcome.error);
          return null;
        }
        const stored = o.storedValues ? o.storedValues(outcome.payload, values) : values;
        // Committed before onSaved, which may navigate (the guard must be released by then).
        flushSync(() => {
          // Typing that went on while the request was out stays (and keeps the form dirty).
          setState((s) => ({ initial: stored, current: s.current === sent ? stored : s.current }));
          setPhase({ kind: 'saved', at: new Date() });
        });
        o.onSaved?.(outcome.payload);
        return outcome.payload;
      } catch (error) {
        showThrown(error);
        return null;
      }
    },
    [state, phase.kind, changedFields, showError, showErrors, showThrown],
  );

  const hasWork = isDirty || Boolean(options.canSaveClean);
  useNavigationGuard(isDirty);
  useShortcut(options.shortcut, () => void save(), { enabled: hasWork || Boolean(options.bindShortcutWhenClean) });
  useFormSaveState(options.reportSaveState ? phase : null, isDirty);

  return {
    initial: state.initial,
    values: state.current,
    changed,
    isDirty,
    isSaving,
    /** Save is possible: something changed (or the item is new) and no save is out. */
    canSave: hasWork && !isSaving,
    errors,
    failure,
    phase,
    setField,
    replaceValues,
    rebase,
    save,
    setPhase,
    showError,
    showThrown,
    /** Forgets the messages and the typed error of the last attempt. */
    clearErrors: useCallback(() => {
      setErrors({});
      setFailure(null);
    }, []),
    /** Forgets the typed error (e.g. the conflict dialog closed) but keeps the field messages. */
    clearFailure: useCallback(() => setFailure(null), []),
  };
}

/**
 * Validation with a shared zod rule over the changed fields only (partial updates send only
 * those): the parsed (trimmed, normalised) values replace the typed ones, or the rule's messages
 * are returned per field.
 */
export function validateChanged<V extends object>(schema: ZodType) {
  return (values: V, changed: readonly (keyof V & string)[]): Validation<V> => {
    const picked = Object.fromEntries(changed.map((name) => [name, values[name]]));
    const parsed = schema.safeParse(picked);
    if (!parsed.success) return { errors: errorsByField(parsed.error.issues) };
    return { values: { ...values, ...(parsed.data as Partial<V>) } };
  };
}

/** ValidationError → beside the fields its paths name; any other typed error → `form`. */
function defaultErrors(error: Member): FormErrors {
  const { message, fieldErrors } = error as { message?: string; fieldErrors?: readonly { path: readonly string[]; message: string }[] };
  if (fieldErrors?.length) return errorsByField(fieldErrors);
  return { form: message ?? 'Not saved.' };
}

/**
 * The status bar's save slot: saving and errors win, then unsaved changes, then the last save.
 * An error stays until the next save attempt — "Not saved" must not vanish on the next keystroke.
 * `phase` null: the form does not report.
 */
function useFormSaveState(phase: SavePhase | null, isDirty: boolean): void {
  const state = useMemo<SaveState | null>(() => {
    if (!phase) return null;
    if (phase.kind === 'saving' || phase.kind === 'error') return phase;
    if (isDirty) return { kind: 'dirty' };
    return phase.kind === 'saved' ? phase : { kind: 'idle' };
  }, [phase, isDirty]);
  useReportSaveState(state);
}
