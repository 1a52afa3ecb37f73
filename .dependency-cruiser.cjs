// Architecture rules for backend/src, checked by `npm test` (scripts/test.mjs) and `npm run lint`.
// See docs/adr/0001 and 0013: the dependency arrow points inward (adapters -> application -> domain), and a
// bounded context reaches another one only through what it publishes, by layer: public-api.ts (the
// application contract) and public-http.ts (the HTTP kit for adapters/http).

/** Another context's files (`$1` is the importing context), except the given published entry points. */
const anotherContextExcept = (published) => ({
  path: '^backend/src/modules/[^/]+/',
  pathNot: ['^backend/src/modules/$1/', `^backend/src/modules/[^/]+/${published}\\.ts$`],
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-domain-to-outside',
      comment:
        'domain/ (of a context, or the shared kernel) is pure TypeScript: no framework, ORM, validation, ' +
        'HTTP or database package, and nothing from the application or adapters layers.',
      severity: 'error',
      from: { path: '^backend/src/(modules/[^/]+|shared)/domain/' },
      to: {
        path: [
          // resolved into node_modules, or left unresolved (then the bare package name)
          '(^|(^|/)node_modules/)(@nestjs|@mikro-orm|@fastify)/',
          '(^|(^|/)node_modules/)(class-validator|class-transformer|fastify|pg)(/|$)',
          '^backend/src/modules/[^/]+/(adapters|application)/',
          '^backend/src/shared/(adapters|application|http|testing)/',
        ],
      },
    },
    {
      name: 'no-cross-module-internals',
      comment:
        'A bounded context uses another one only through what it publishes: public-api.ts (the ' +
        'application contract) and public-http.ts (the HTTP kit). Its internals, Nest module and entity ' +
        'list included, may change freely.',
      severity: 'error',
      from: { path: '^backend/src/modules/([^/]+)/' },
      to: anotherContextExcept('public-(api|http)'),
    },
    {
      name: 'domain-and-application-use-public-api',
      comment:
        "A context's domain/ and application/ reach another context only through its public-api.ts: " +
        'no HTTP decorator, no ORM schema, no Nest module.',
      severity: 'error',
      from: { path: '^backend/src/modules/([^/]+)/(domain|application)/' },
      to: anotherContextExcept('public-api'),
    },
    {
      name: 'public-api-is-the-application-contract',
      comment:
        "public-api.ts re-exports its own context's application contract (ports, tokens, views, " +
        'domain types): nothing from adapters/, no Nest module, nothing of another context.',
      severity: 'error',
      from: { path: '^backend/src/modules/([^/]+)/public-api\\.ts$' },
      to: { path: '^backend/src/modules/', pathNot: '^backend/src/modules/$1/(domain|application)/' },
    },
    {
      name: 'public-http-is-the-http-kit',
      comment: "public-http.ts re-exports its own context's adapters/http kit (decorators) and nothing else.",
      severity: 'error',
      from: { path: '^backend/src/modules/([^/]+)/public-http\\.ts$' },
      to: { path: '^backend/src/modules/', pathNot: '^backend/src/modules/$1/adapters/http/' },
    },
    {
      name: 'only-composition-root-wires-modules',
      comment:
        "A context's Nest module and entity list are imported by the composition root only: " +
        'backend/src/app.module.ts and backend/src/database/.',
      severity: 'error',
      from: {
        path: '^backend/src/',
        pathNot: ['^backend/src/app\\.module\\.ts$', '^backend/src/database/', '^backend/src/modules/'],
      },
      to: {
        path: '^backend/src/modules/[^/]+/([^/]+\\.module|adapters/persistence/mikro-orm/[^/]+\\.entities)\\.ts$',
      },
    },
    {
      name: 'no-module-internals-from-outside',
      comment:
        'Code outside the contexts (shared/, health/, config/, the composition root) reaches a context ' +
        'through public-api.ts or public-http.ts; the composition root also takes its module and entity list.',
      severity: 'error',
      from: { path: '^backend/src/', pathNot: '^backend/src/modules/' },
      to: {
        path: '^backend/src/modules/',
        pathNot: [
          '^backend/src/modules/[^/]+/public-(api|http)\\.ts$',
          '^backend/src/modules/[^/]+/([^/]+\\.module|adapters/persistence/mikro-orm/[^/]+\\.entities)\\.ts$',
        ],
      },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles (type-only imports excepted) make initialisation order fragile.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'backend/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
