// knip: unused files and exports in backend/src, frontend/src, test and scripts (`npm run lint`).
// Dependencies are not checked here: package.json is maintained on its own.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The server, the operator commands (scripts/cli.mjs runs their compiled form) and the MikroORM CLI
    // config (package.json "mikro-orm".configPaths).
    'backend/src/main.ts',
    'backend/src/cli/{user,backup,restore,import-bandtrack1}.ts',
    'backend/src/database/mikro-orm.cli.ts',
    // What a context publishes for the others (BandAccess awaits the contexts to come), like a package's
    // entry point; dependency rules keep these files to the application contract (docs/adr/0013).
    'backend/src/modules/*/public-api.ts',
    // Operator and developer scripts, run by node or npm.
    'scripts/*.mjs',
    'frontend/scripts/*.mjs',
    // Loaded by path, out of knip's sight: through tsx by jest's global setup, as a child process.
    'test/support/test-database-server.ts',
    'test/support/embedded-database-process.ts',
    // npm run bench: the reference server runs as a child process, the scenarios are imported by path.
    'test/bench/reference-server.ts',
    'test/bench/scenarios/*.scenario.ts',
  ],
  project: [
    'backend/src/**/*.ts',
    'migrations/**/*.ts',
    'frontend/src/**/*.ts',
    'test/**/*.ts',
    'scripts/**/*.mjs',
    'frontend/scripts/**/*.mjs',
  ],
  // jest.config.js declares its node projects inline, whose testMatch knip does not read: the same
  // patterns, one per project (unit, api, browser, frontend).
  jest: {
    config: ['jest.config.js', 'frontend/jest.config.cjs'],
    entry: [
      'backend/src/**/*.spec.ts',
      '{backend/src,test/api}/**/*.e2e-spec.ts',
      'test/browser/**/*.browser-spec.ts',
      'frontend/src/**/*.spec.ts',
    ],
  },
  // Generated from the OpenAPI document: every schema is written, used or not.
  ignore: ['frontend/src/app/core/api/api-types.generated.ts'],
  include: ['files', 'exports', 'nsExports', 'types', 'nsTypes', 'enumMembers', 'duplicates'],
  // An export also used in its own file is not dead code; only exports nobody uses are reported.
  ignoreExportsUsedInFile: true,
};

export default config;
