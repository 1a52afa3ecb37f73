#!/usr/bin/env node
// `npm run dev`: the backend compiler and the Angular build in watch mode, and the server restarted
// whenever the compiled backend changes. Ctrl-C stops all three (the server stops its PostgreSQL).
// Each child has its own process group, so it gets each signal once, from here.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureServerBuilt, root, serverDist } from './lib/build-server.mjs';

await ensureServerBuilt((message) => console.log(`[dev] ${message}`));

const children = [
  spawn(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', 'backend/tsconfig.build.json', '--watch', '--preserveWatchOutput'],
    {
      cwd: root,
      stdio: 'inherit',
      detached: true,
    },
  ),
  spawn(join(root, 'node_modules/.bin/ng'), ['build', '--watch', '--configuration', 'development'], {
    cwd: root,
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  }),
  spawn(
    process.execPath,
    ['--enable-source-maps', `--watch-path=${serverDist}`, join(serverDist, 'backend/src/main.js')],
    { cwd: root, stdio: 'inherit', detached: true },
  ),
];

const stopAll = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
await Promise.all(children.map((child) => new Promise((done) => child.once('exit', done))));
