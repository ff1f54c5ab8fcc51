// Import rules `npm run lint` enforces (dependency-cruiser). The layers, from the outside in:
//   main → yoga / http → plugins / schema → domain / auth → db
// admin/src and server/ meet only in shared/src. Written out in docs/style.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes load order matter and every file in it change together.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-knows-no-transport',
      severity: 'error',
      comment: 'server/src/domain takes plain values and throws domain errors; one mapper makes GraphQL errors.',
      from: { path: '^server/src/domain/' },
      to: {
        path: ['^node_modules/(graphql|graphql-yoga|@pothos/[^/]+)/', '^server/src/(schema|plugins|http)/', '^server/src/(yoga|context)\\.ts$'],
      },
    },
    {
      name: 'rules-know-no-transport',
      severity: 'error',
      comment: 'The domain and auth rules are called by resolvers and the HTTP layer, never the other way round.',
      from: { path: '^server/src/(domain|auth)/' },
      to: { path: ['^server/src/(schema|plugins|http|cache)/', '^server/src/(yoga|masking|main|builder)\\.ts$'] },
    },
    {
      name: 'schema-knows-no-transport',
      severity: 'error',
      comment: 'Resolvers decode, call the domain and return; HTTP concerns (cache, plugins, fast path) wrap them from outside.',
      from: { path: '^server/src/schema/' },
      to: { path: ['^server/src/(plugins|http|cache)/', '^server/src/(yoga|main)\\.ts$'] },
    },
    {
      name: 'db-at-the-bottom',
      severity: 'error',
      comment: 'The database layer serves every other layer and knows none of them (seeding renders bodies through content/).',
      from: { path: '^server/src/db/' },
      to: { path: ['^server/src/(domain|auth|schema|plugins|http|cache)/', '^server/src/(yoga|masking|main|builder|context)\\.ts$'] },
    },
    {
      name: 'entry-points-are-leaves',
      severity: 'error',
      comment: 'main.ts starts the process and yoga.ts wires it; only they (and tests and tools) import yoga.ts, nothing imports main.ts.',
      from: { path: '^server/src/', pathNot: '^server/src/(main|yoga)\\.ts$' },
      to: { path: '^server/src/(main|yoga)\\.ts$' },
    },
    {
      name: 'admin-not-server',
      severity: 'error',
      comment: 'The admin talks to the gateway over GraphQL only; code both sides run lives in shared/src.',
      from: { path: '^admin/src/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-admin',
      severity: 'error',
      comment: 'The gateway serves the built admin as files; it never imports its source.',
      from: { path: '^server/' },
      to: { path: '^admin/src/' },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared/src holds rules both sides execute, so it may import neither side.',
      from: { path: '^shared/src/' },
      to: { path: '^(server|admin)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['__generated__/', '^admin/dist/'] },
    // Type-only imports count: they tie files together for the reader and for the type checker.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Node's resolution, so package.json "imports" (#shared/*) resolve to shared/src.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
