// Shared by scripts/start.mjs, scripts/reset-db.mjs, scripts/cli.mjs and scripts/lighthouse.mjs: (re)build
// dist/server (and the PWA) when missing or older than their sources. Where the sources are absent (a production image), dist/server is used as it is.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const serverDist = join(root, 'dist/server');

/** Newest modification time among the given paths (folders recursively), 0 when none exists. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    newest = Math.max(newest, stats.mtimeMs);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) {
        visit(join(path, entry));
      }
    }
  };
  paths.forEach((path) => visit(join(root, path)));
  return newest;
}

/** True when `output` is missing or older than the newest of `sources`. */
export function outdated(output, sources) {
  return !existsSync(output) || statSync(output).mtimeMs < newestMtime(sources);
}

/** Runs a command from the repository root with the console attached; rejects unless it exits with 0. */
export function run(command, args, env = process.env) {
  return new Promise((done, fail) => {
    // Build output goes to stderr: stdout stays for what a command prints (a link, scores).
    const child = spawn(command, args, { cwd: root, stdio: ['inherit', 2, 2], env });
    child.once('error', fail);
    child.once('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

const serverSources = ['backend', 'migrations', 'tsconfig.base.json', 'package-lock.json'];

/** Compiles the backend and the migrations into dist/server when needed. */
export async function ensureServerBuilt(log = (message) => console.log(message)) {
  const entry = join(serverDist, 'backend/src/main.js');
  if (!existsSync(join(root, 'backend/tsconfig.build.json'))) {
    if (!existsSync(entry)) {
      throw new Error('dist/server is missing and there are no sources to build it from');
    }
    return;
  }
  if (outdated(entry, serverSources)) {
    log('compiling the server: tsc -p backend/tsconfig.build.json');
    await rm(serverDist, { recursive: true, force: true });
    await run(join(root, 'node_modules/.bin/tsc'), ['-p', 'backend/tsconfig.build.json']);
  }
}

// The PWA also imports the server's list of renamed time zones (frontend/src/app/bands/time-zones.ts).
const pwaSources = [
  'frontend',
  'backend/src/modules/bands/domain/renamed-time-zones.ts',
  'angular.json',
  'tsconfig.base.json',
  'package-lock.json',
];

/** Builds the PWA (scripts/build-pwa.mjs) into dist/frontend/browser when needed. */
export async function ensurePwaBuilt(log = (message) => console.log(message)) {
  if (!existsSync(join(root, 'angular.json'))) {
    log('no angular.json: the PWA is not built');
  } else if (outdated(join(root, 'dist/frontend/browser/index.csr.html'), pwaSources)) {
    log('building the PWA (scripts/build-pwa.mjs)');
    await run(process.execPath, [join(root, 'scripts/build-pwa.mjs')]);
  }
}
