import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the admin (HOUSE-STYLE "Types flow one way"): the committed, printed
 * schema.graphql + every graphql(`…`) call in admin/src → admin/src/__generated__/.
 * `npm run codegen` writes; `npm run codegen:check` fails when the committed output drifts (CI).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/__generated__/**'],
  ignoreNoDocuments: true,
  generates: {
    'admin/src/__generated__/': {
      preset: 'client',
      presetConfig: {
        // Plain types; Apollo's own data masking can be turned on later without codegen changes.
        fragmentMasking: false,
      },
      config: {
        // Custom scalars mapped explicitly: no `any` at the boundary. DateTime is an ISO-8601 string.
        scalars: { DateTime: 'string' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
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
  },
};

export default config;
