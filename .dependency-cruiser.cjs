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
