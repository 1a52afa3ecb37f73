// One jest run, four projects. `scripts/test.mjs` picks projects with --selectProjects.
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

const nodeProject = (displayName, roots, testMatch, extra = {}) => ({
  displayName,
  rootDir: '.',
  roots,
  testMatch,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swcTransform },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  ...extra,
});

export default {
  // A global option (jest ignores it inside projects): browser and API tests drive real servers.
  testTimeout: 60000,
  projects: [
    nodeProject('unit', ['<rootDir>/backend/src'], ['**/*.spec.ts']),
    nodeProject('api', ['<rootDir>/test/api', '<rootDir>/backend/src'], ['**/*.e2e-spec.ts'], {
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    }),
    nodeProject('browser', ['<rootDir>/test/browser'], ['**/*.browser-spec.ts'], {
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    }),
    '<rootDir>/frontend/jest.config.cjs',
  ],
};
