import {
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { limits } from '#shared/limits.ts';

/** A list argument, list input field or list output field: where `maxItems` lives (Pothos `extensions: { maxItems }`). */
type ListInput = Pick<GraphQLArgument | GraphQLInputField, 'extensions'>;

/**
 * Most items a list argument or list input field accepts: its `extensions.maxItems`, else
 * `limits.listMax` (100). Checked before execution (plugins/use-argument-guards.ts).
 */
export function maxItemsOf(input: ListInput): number {
  const declared = (input.extensions as { maxItems?: unknown } | undefined)?.maxItems;
  return typeof declared === 'number' ? declared : limits.listMax;
}

/** True for `[T]`, `[T]!` (the only list shapes the schema uses: no lists of lists). */
export function isListInput(type: GraphQLInputType): boolean {
  return isListType(getNullableType(type));
}

/**
 * Writes each list argument's and list input field's maximum into its description ("At most N
 * items."), so the printed schema and GraphiQL document what the guard enforces, from the same
 * number. Returns the schema it was given.
 */
export function documentListLimits(schema: GraphQLSchema): GraphQLSchema {
  const note = (input: Pick<GraphQLArgument | GraphQLInputField, 'type' | 'extensions'> & { description?: string | null }) => {
    if (!isListInput(input.type)) return;
    const sentence = `At most ${maxItemsOf(input)} items (more: BAD_USER_INPUT, before anything runs).`;
    input.description = input.description ? `${input.description} ${sentence}` : sentence;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args) note(arg as GraphQLArgument & { description?: string | null });
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(field as GraphQLInputField & { description?: string | null });
    }
  }
  return schema;
}
