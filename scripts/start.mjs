#!/usr/bin/env node
// `npm start`: builds what is missing or out of date, then runs the server
// (`node dist/server/backend/src/main.js`), forwarding SIGINT/SIGTERM to it and exiting with its code.
// The server starts the embedded PostgreSQL (data in DATA_DIR, default ./data) unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensurePwaBuilt, ensureServerBuilt, root, serverDist } from './lib/build-server.mjs';

const serverEntry = join(serverDist, 'backend/src/main.js');

try {
  const log = (message) => console.log(`[start] ${message}`);
  await ensureServerBuilt(log);
  await ensurePwaBuilt(log);
} catch (error) {
  console.error(`[start] ${error.message}`);
  process.exit(1);
}

// The server gets its own process group, so a Ctrl-C in the terminal reaches it once, through this
// script: main.ts finishes in-flight requests on the first SIGINT/SIGTERM and exits at once on a second.
// A hang-up of the terminal is passed on as SIGTERM (a graceful stop).
const server = spawn(process.execPath, ['--enable-source-maps', serverEntry], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
const forward = (signal) => {
  if (server.exitCode === null && server.signalCode === null) {
    server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  }
};
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
signals.forEach((signal) => process.on(signal, forward));
server.once('error', (error) => {
  console.error(`[start] cannot run the server: ${error.message}`);
  process.exit(1);
});
server.once('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, as a shell expects from a program it ran.
    signals.forEach((name) => process.removeListener(name, forward));
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
