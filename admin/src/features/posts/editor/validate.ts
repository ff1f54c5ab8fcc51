import { postFieldsSchema, postStateSchema } from '#shared/post-rules.ts';
import { FIELD_NAMES, type FieldName, type WorkingCopy } from './workingCopy';

/** Messages beside fields; at most one per field (the first rule it breaks). */
export type FieldErrors = Partial<Record<FieldName, string>>;

/**
 * The gateway's own rules (shared/src/post-rules.ts), run in the browser so the author sees the
 * same message the server would give, before a round trip. The server still validates.
 */
export function validateCopy(copy: WorkingCopy): FieldErrors {
  const errors: FieldErrors = {};
  const fields = postFieldsSchema.safeParse(copy);
  const state = postStateSchema.safeParse({ kind: copy.kind, categoryId: copy.categoryId });
  for (const issue of [...(fields.error?.issues ?? []), ...(state.error?.issues ?? [])]) {
    const name = issue.path[0];
    if (isFieldName(name) && !errors[name]) errors[name] = issue.message;
  }
  return errors;
}

/**
 * Maps the server's ValidationError.fieldErrors (paths like ["input","title"] or
 * ["input","tags","2"]) to fields; a path naming no field of the form lands under `form`.
 */
export function errorsFromServer(fieldErrors: readonly { path: readonly string[]; message: string }[]): {
  fields: FieldErrors;
  form: string[];
} {
  const fields: FieldErrors = {};
  const form: string[] = [];
  for (const { path, message } of fieldErrors) {
    const name = path[0] === 'input' ? path[1] : path[0];
    if (isFieldName(name)) fields[name] ??= message;
    else form.push(message);
  }
  return { fields, form };
}

/** The first field with an error, in screen order. */
export function firstInvalidField(errors: FieldErrors): FieldName | undefined {
  return FIELD_NAMES.find((name) => errors[name]);
}

function isFieldName(value: unknown): value is FieldName {
  return typeof value === 'string' && (FIELD_NAMES as readonly string[]).includes(value);
}
