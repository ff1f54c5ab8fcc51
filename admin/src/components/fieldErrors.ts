/** One invalid field as the API's ValidationError and the shared zod rules both describe it. */
export interface FieldIssue {
  path: readonly (string | number | symbol)[];
  message: string;
}

/**
 * Field name → first message, for showing errors beside the fields they concern. The name is the
 * path's last string segment (["input","title"] → "title"; zod's ["title"] → "title"); an empty
 * path is filed under "form".
 */
export function errorsByField(issues: readonly FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const strings = issue.path.filter((p): p is string => typeof p === 'string' && p !== 'input');
    const key = strings.at(-1) ?? 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}
