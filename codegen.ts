import type { CodegenConfig } from '@graphql-codegen/cli';

/** The config both typed-document targets share (docs/architecture.md, "Types flow one way"). */
const typesConfig = {
  // Custom scalars mapped explicitly: no `any` at the boundary. DateTime is an ISO-8601 string.
  scalars: { DateTime: 'string' },
  strictScalars: true,
  enumsAsTypes: true,
  useTypeImports: true,
};

/**
 * Typed documents from the committed, printed schema.graphql:
 * - the admin: every graphql(`…`) call in admin/src → admin/src/__generated__/;
 * - the API tests: every graphql(`…`) call under tests/ → tests/__generated__/ (documents that are
 *   invalid on purpose stay plain strings; see tests/support/gateway.ts).
 * Only graphql(`…`) calls are documents: no magic comments, no other tag names (the test gateway's
 * `gql` helper also takes plain strings, which must stay out).
 * `npm run codegen` writes; `npm run codegen:check` fails when the committed output drifts (CI).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  pluckConfig: {
    globalGqlIdentifierName: 'graphql',
    modules: [],
    // A comment nobody writes: template strings are documents only inside graphql(`…`).
    gqlMagicComment: 'codegen-document',
  },
  generates: {
    'admin/src/__generated__/': {
      documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/__generated__/**'],
      preset: 'client',
      presetConfig: {
        // Plain types; Apollo's own data masking can be turned on later without codegen changes.
        fragmentMasking: false,
        // persisted-documents.json: every admin operation by the SHA-256 of its normalized text, the
        // gateway's trusted documents (server/src/http/trusted-documents.ts), so the admin's sign-in
        // runs with PERSISTED_ONLY=on. Only the manifest and a `__meta__.hash` per document change.
        persistedDocuments: true,
      },
      config: {
        ...typesConfig,
        // Apollo adds __typename to every selection, so the types may rely on it (unions!).
        nonOptionalTypename: true,
      },
    },
    // Which concrete types each union/interface may be: Apollo needs it to match fragments on
    // the mutation result unions and the Error interface.
    'admin/src/__generated__/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
    'tests/__generated__/': {
      // The bench's PostGraphile peer installs its own node_modules under tests/bench/postgraphile.
      documents: ['tests/**/*.ts', '!tests/__generated__/**', '!tests/**/node_modules/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        ...typesConfig,
        // The test gateway sends documents exactly as written (no client adds __typename), so a
        // result type has __typename only where the document selects it.
        skipTypename: true,
      },
    },
  },
};

export default config;
