// Architecture rules for backend/src, checked by `npm test` (scripts/test.mjs) and `npm run lint`.
// See docs/ARCHITECTURE: the dependency arrow points inward (adapters -> application -> domain), and a
// bounded context only reaches another one through its public-api.ts.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-domain-to-outside',
      comment:
        'domain/ is pure TypeScript: no framework, ORM, validation, HTTP or database package, ' +
        'and nothing from the application or adapters layers.',
      severity: 'error',
      from: { path: '^backend/src/modules/[^/]+/domain/' },
      to: {
        path: [
          // resolved into node_modules, or left unresolved (then the bare package name)
          '(^|(^|/)node_modules/)(@nestjs|@mikro-orm|@fastify)/',
          '(^|(^|/)node_modules/)(class-validator|class-transformer|fastify|pg)(/|$)',
          '^backend/src/modules/[^/]+/(adapters|application)/',
        ],
      },
    },
    {
      name: 'no-cross-module-internals',
      comment:
        'A bounded context uses another one only through its public-api.ts (or index.ts): ' +
        'its internals may change freely.',
      severity: 'error',
      from: { path: '^backend/src/modules/([^/]+)/' },
      to: {
        path: '^backend/src/modules/[^/]+/',
        pathNot: [
          '^backend/src/modules/$1/',
          '^backend/src/modules/[^/]+/public-api\\.ts$',
          '^backend/src/modules/[^/]+/index\\.ts$',
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
