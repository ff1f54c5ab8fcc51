// Property test generated from the schema: every Query and Mutation field, every argument and
// input field, gets arbitrary values — any UTF-16 text (U+0000, lone surrogates, RTL marks,
// 200,000 characters), numbers at the edges, oversized lists, real and forged ids — as an editor
// (so mutations run) and anonymously. A field added later is covered without writing a test.
// Properties: no answer is a 5xx or carries a masked internal error, and a mutation that was
// refused (top-level error, or an error type in its result union) changed nothing in the database.
// Runs per field: PROPERTY_RUNS (default 12). Deterministic for PROPERTY_SEED.
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../server/src/schema/index.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { globalId, snapshot } from '../support/mutations.ts';
import { testEnv } from '../support/test-env.ts';
import { ErrorCode } from '#shared/errors.ts';

const RUNS = testEnv.PROPERTY_RUNS;
const SEED = testEnv.PROPERTY_SEED;
/** Fields whose calls cost a password hash (~0.3 s, 128 MiB) each: fewer runs. */
const SLOW = new Set(['login']);

let gw: TestGateway;
let editor: Record<string, string>;
let realIds: string[] = [];
let realSlugs: string[] = [];

beforeAll(async () => {
  gw = await createTestGateway();
  // A bearer token, used once now: its hourly "last used" write happens before any snapshot, and
  // `logout` with a token ends no session.
  editor = { authorization: `Bearer ${await gw.editorToken()}` };
  await gw.gql('{ viewer { id } }', {}, editor);
  const [posts, categories, tags] = await Promise.all([
    gw.db.prisma.post.findMany({ select: { id: true, slug: true } }),
    gw.db.prisma.category.findMany({ select: { id: true, slug: true } }),
    gw.db.prisma.tag.findMany({ select: { id: true, slug: true }, take: 10 }),
  ]);
  realIds = [
    ...posts.map((p) => globalId('Post', p.id)),
    ...categories.map((c) => globalId('Category', c.id)),
    ...tags.map((t) => globalId('Tag', t.id)),
  ];
  realSlugs = [...posts, ...categories, ...tags].map((r) => r.slug);
}, 60_000);
afterAll(() => gw?.close());

const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202e\u200fRTL',
  'x'.repeat(200_000),
  '😀'.repeat(1000),
  '\'; DROP TABLE "Post"; --',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'NOTE',
);
const text = () =>
  fc.oneof(
    { weight: 3, arbitrary: anyUtf16 },
    { weight: 4, arbitrary: nasty },
    { weight: 2, arbitrary: fc.constantFrom(...realSlugs) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  );
const id = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...realIds) },
    { weight: 2, arbitrary: text() },
    { weight: 1, arbitrary: fc.constantFrom('UG9zdDox', 'Post:1', globalId('Post', 'nope')) },
  );
const int = fc.oneof(fc.constantFrom(0, 1, -1, 20, 100, 101, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, 1.5), fc.integer());
const dateTime = () =>
  fc.oneof(
    fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) }).map((d) => d.toISOString()),
    fc.constantFrom('2026-13-45T99:00:00Z', 'yesterday', '', '0000-00-00'),
    text(),
  );

/** Arbitrary JSON values for a variable of `type`: mostly well-typed, sometimes not. */
function arbitraryValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof({ weight: 30, arbitrary: arbitraryValue(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) {
    const item = arbitraryValue(type.ofType as GraphQLInputType, depth + 1);
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom(101, 5000).chain((n) => fc.array(item, { minLength: n, maxLength: n })) },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((f) => [f.name, arbitraryValue(f.type, depth + 1)]));
    return fc.record(shape, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  }
  if (isEnumType(type))
    return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: text() });
  switch (type.name) {
    case 'Int':
      return int;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), int);
    case 'Boolean':
      return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: text() });
    case 'ID':
      return id();
    case 'DateTime':
      return dateTime();
    default:
      return text();
  }
}

/** A one-level selection for `type`: __typename and every argument-free leaf (of each union member). */
function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  const leaves = (t: typeof named) =>
    isObjectType(t) || isInterfaceType(t)
      ? Object.values(t.getFields())
          .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
          .map((f) => f.name)
      : [];
  if (isUnionType(named))
    return `{ __typename ${named
      .getTypes()
      .map((m) => `... on ${m.name} { ${leaves(m).join(' ')} }`)
      .join(' ')} }`;
  return `{ __typename ${leaves(named).join(' ')} }`;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? `(${vars})` : ''} { result: ${field.name}${args ? `(${args})` : ''} ${selectionFor(field.type)} }`;
}

const internalError = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
  body.errors?.find((e) => e.extensions?.['code'] === ErrorCode.INTERNAL_SERVER_ERROR || e.message === 'Unexpected error.');

function fieldsOf(kind: 'query' | 'mutation') {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields()).filter((f) => f.name !== 'logout' || kind === 'mutation');
}

describe('schema-driven property: no internal error, no refused write', () => {
  for (const kind of ['query', 'mutation'] as const) {
    for (const field of fieldsOf(kind)) {
      it(`${kind} ${field.name}`, async () => {
        const document = operationFor(kind, field);
        const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryValue(a.type)])), {
          requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
        });
        const who = kind === 'mutation' ? fc.constant(editor) : fc.constantFrom(editor, {} as Record<string, string>);
        await fc.assert(
          fc.asyncProperty(variables, who, async (values, headers) => {
            const before = kind === 'mutation' ? await snapshot(gw.db.prisma) : undefined;
            const res = await gw.gql(document, values, headers);
            expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBeLessThan(500);
            expect(internalError(res.body), JSON.stringify(res.body).slice(0, 500)).toBeUndefined();
            if (before) {
              const result = res.body.data?.result as { __typename?: string } | null | undefined;
              const refused = Boolean(res.body.errors?.length) || /Error$/.test(result?.__typename ?? '');
              if (refused) expect(await snapshot(gw.db.prisma)).toEqual(before);
            }
          }),
          { numRuns: SLOW.has(field.name) ? 3 : RUNS, seed: SEED, endOnFailure: true },
        );
      }, 120_000);
    }
  }
});
