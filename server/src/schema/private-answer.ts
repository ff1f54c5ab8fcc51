import { BREAK, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * Field extensions that mark a field whose answer belongs to the caller alone even when the caller
 * is anonymous (`Query.preview`: what a secret token unlocks). An operation that selects such a
 * field anywhere is answered `Cache-Control: private, no-store`, and is never stored in the public
 * response cache, replayed by the GET fast path, validated by an ETag or shared between requests
 * (cache/use-public-cache.ts). Spread it into the field's options: `extensions: PRIVATE_ANSWER`.
 */
export const PRIVATE_ANSWER = { privateAnswer: true } as const;

const verdicts = new WeakMap<DocumentNode, boolean>();

/**
 * True when `document` selects a field marked {@link PRIVATE_ANSWER}, in any operation or fragment
 * (an unused fragment counts too: erring towards private costs only a cache miss). Memoised per
 * parsed document, which Yoga reuses for repeated query texts.
 */
export function selectsPrivateAnswer(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = verdicts.get(document);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (typeInfo.getFieldDef()?.extensions?.privateAnswer !== true) return undefined;
        found = true;
        return BREAK;
      },
    }),
  );
  verdicts.set(document, found);
  return found;
}
