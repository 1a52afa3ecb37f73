// Frontend project of the root jest config (`--selectProjects frontend`).
// jest-preset-angular's CommonJS preset, its own jsdom environment, zoneless TestBed.
const { createCjsPreset } = require('jest-preset-angular/presets');

/** @type {import('jest').Config} */
module.exports = {
  // useESM: jest 30 on Node 24 with --experimental-vm-modules loads Angular's .mjs packages as real
  // ES modules (require(esm)); the transformer must then keep them ESM. Specs stay CommonJS.
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json', useESM: true }),
  displayName: 'frontend',
  rootDir: __dirname,
  testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  restoreMocks: true,
};
