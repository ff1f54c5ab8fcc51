import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * "Did you mean …?" as graphql-js writes it (jsutils/didYouMean): one to five quoted names, the
 * enum form naming "the enum value", joined by commas and "or", closed by "?". Names match
 * GraphQL names (letters, digits, underscores), so no quote or "?" inside.
 */
const SUGGESTION = / ?Did you mean (?:the enum value )?"[^"?]*"(?:,? (?:or )?(?:the enum value )?"[^"?]*")*\?/g;

/** `message` without graphql-js's suggestions. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * No "Did you mean …?" in any error while introspection is off: a closed schema must not be
 * mapped by typos (a misspelt field, argument, type, enum value or input-object field answers
 * with the right name otherwise). The errors keep the rest of their message, their code and
 * their locations.
 *
 * - Validation: graphql-js (≥ 16.11) takes `hideSuggestions` (fields, arguments, types, enum
 *   literals, input-object fields).
 * - Variable coercion during execution: @graphql-tools/executor (Yoga's executor) takes the same
 *   option but does not hand it on to graphql-js's `coerceInputValue`, so enum values and unknown
 *   input fields in variables still carry suggestions ('Variable "$f" got invalid value …; Value
 *   "NOT" does not exist in "PostKind" enum. Did you mean the enum value "NOTE"?'). Those errors
 *   come back before anything runs (no data); their suggestion is cut from the message.
 *
 * graphql-armor's blocker only rewrites `Did you mean "x"?` in validation errors, so enum values
 * and every variable error slipped through it; it stays off.
 */
export function useHideSuggestions(): Plugin {
  return {
    onValidate({ validateFn, setValidationFn }) {
      // graphql-js's order: (schema, document, rules, options, typeInfo).
      setValidationFn((schema, document, rules, options, typeInfo) =>
        validateFn(schema, document, rules, { ...options, hideSuggestions: true }, typeInfo),
      );
    },
    onExecute({ executeFn, setExecuteFn }) {
      // Yoga hands these arguments to @graphql-tools/executor, which reads `hideSuggestions`.
      setExecuteFn((args) => executeFn({ ...args, hideSuggestions: true } as typeof args));
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors || 'data' in result) return;
          for (const error of result.errors) (error as { message: string }).message = withoutSuggestions((error as GraphQLError).message);
        },
      };
    },
  };
}
