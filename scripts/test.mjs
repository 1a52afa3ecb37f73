#!/usr/bin/env node
// The one test command: `npm test` (everything) or `npm test -- <kind>` with kind one of
// unit | api | frontend | browser | lint.
// Full run, one step after the other (the machines have 2 cores):
//   1. checks: dependency rules (one result per rule), type checks, oxlint, knip, prettier
//   2. the Angular build, prerendered and precompressed (browser tests serve it)      3. the backend build (dist/server)
//   4. jest, every project
// The last line printed is exactly `<N> passed, <N> failed` (jest tests plus checks and builds); the exit
// code is non-zero when anything failed or jest crashed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const KINDS = ['unit', 'api', 'frontend', 'browser', 'lint'];

const kind = process.argv[2];
if (kind !== undefined && !KINDS.includes(kind)) {
  console.error(`usage: node scripts/test.mjs [${KINDS.join('|')}]`);
  process.exit(2);
}

/** @type {{ name: string, ok: boolean }[]} */
const checks = [];
const jestTotals = { passed: 0, failed: 0 };

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

/** Runs a command with the console attached; resolves with its exit code (127 when it cannot start). */
function run(command, args, { capture = false, env = process.env } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: capture ? ['ignore', 'pipe', 'inherit'] : ['ignore', 'inherit', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.once('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      done({ code: 127, stdout });
    });
    child.once('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), stdout }));
  });
}

function record(name, ok) {
  checks.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
}

async function dependencyRules() {
  heading('architecture: dependency-cruiser');
  const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));
  const rules = (config.forbidden ?? []).map((rule) => rule.name);
  const { code, stdout } = await run(
    bin('depcruise'),
    ['backend/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { capture: true },
  );
  let violations;
  try {
    violations = JSON.parse(stdout).summary.violations;
  } catch {
    console.error(`dependency-cruiser did not run (exit code ${code})`);
    rules.forEach((rule) => record(`dependency rule ${rule}`, false));
    return;
  }
  for (const rule of rules) {
    const broken = violations.filter((violation) => violation.rule.name === rule);
    for (const violation of broken) {
      const cycle = violation.cycle?.map((step) => step.name ?? step).join(' -> ');
      console.log(`  ${rule}: ${violation.from} -> ${cycle ?? violation.to}`);
    }
    record(`dependency rule ${rule}`, broken.length === 0);
  }
}

function hasPrettierConfig() {
  const names = readdirSync(root).filter((name) => /^\.?prettier(rc|\.config)/.test(name));
  return names.length > 0;
}

async function lintChecks() {
  await dependencyRules();

  heading('type check: backend (tsc --noEmit, specs included)');
  record('type check backend', (await run(bin('tsc'), ['-p', 'backend/tsconfig.json', '--noEmit'])).code === 0);

  if (existsSync(join(root, 'test/tsconfig.json'))) {
    heading('type check: test/');
    record('type check test', (await run(bin('tsc'), ['-p', 'test/tsconfig.json', '--noEmit'])).code === 0);
  }

  const lintTargets = ['backend/src', 'frontend/src', 'test', 'scripts'].filter((dir) => existsSync(join(root, dir)));
  heading(`oxlint ${lintTargets.join(' ')}`);
  record('oxlint', (await run(bin('oxlint'), ['--deny-warnings', ...lintTargets])).code === 0);

  heading('knip: unused files and exports (knip.config.ts)');
  record('knip', (await run(bin('knip'), ['--no-progress'])).code === 0);

  heading('prettier --check .');
  if (hasPrettierConfig()) {
    record('prettier', (await run(bin('prettier'), ['--check', '.'])).code === 0);
  } else {
    console.log('skipped: no prettier configuration (.prettierrc*) in the repository yet');
  }
}

async function buildFrontend() {
  heading('build: frontend (scripts/build-pwa.mjs: ng build, prerendered pages, precompressed)');
  if (!existsSync(join(root, 'angular.json'))) {
    console.log('skipped: angular.json does not exist yet');
    return;
  }
  record('build frontend', (await run(process.execPath, ['scripts/build-pwa.mjs'])).code === 0);
}

async function buildBackend() {
  heading('build: backend (tsc -p backend/tsconfig.build.json -> dist/server)');
  await rm(join(root, 'dist/server'), { recursive: true, force: true });
  record('build backend', (await run(bin('tsc'), ['-p', 'backend/tsconfig.build.json'])).code === 0);
}

async function runJest(project) {
  heading(`jest${project ? ` --selectProjects ${project}` : ' (all projects)'}`);
  const dir = await mkdtemp(join(tmpdir(), 'bandtrack-jest-'));
  const outputFile = join(dir, 'results.json');
  const args = [
    '--experimental-vm-modules',
    // On two cores jest runs the files in its own process, which holds every suite's modules: the whole
    // run passed 4 GB (V8's default limit here) once live updates and the exports came. 24 GiB machines.
    '--max-old-space-size=12288',
    join(root, 'node_modules/jest/bin/jest.js'),
    '--json',
    `--outputFile=${outputFile}`,
    '--passWithNoTests',
    ...(project ? ['--selectProjects', project] : []),
  ];
  const { code } = await run(process.execPath, args);
  try {
    const results = JSON.parse(await readFile(outputFile, 'utf8'));
    jestTotals.passed += results.numPassedTests;
    // A test file that cannot even run (syntax error, failing beforeAll import...) counts as one failure.
    jestTotals.failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
    if (code !== 0 && results.numFailedTests + results.numRuntimeErrorTestSuites === 0) {
      console.error(`jest exited with code ${code} without a failed test`);
      jestTotals.failed += 1;
    }
  } catch {
    console.error(`jest crashed (exit code ${code}): no results`);
    jestTotals.failed += 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (kind === undefined || kind === 'lint') {
  await lintChecks();
}
if (kind === undefined || kind === 'browser') {
  await buildFrontend();
  await buildBackend();
}
if (kind !== 'lint') {
  await runJest(kind);
}

const failedChecks = checks.filter((check) => !check.ok);
const passed = jestTotals.passed + checks.length - failedChecks.length;
const failed = jestTotals.failed + failedChecks.length;
heading('summary');
console.log(`jest: ${jestTotals.passed} passed, ${jestTotals.failed} failed`);
for (const check of checks) {
  console.log(`${check.ok ? 'PASS' : 'FAIL'} ${check.name}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
