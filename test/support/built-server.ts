import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, type ServerProcess, startServerProcess } from './server-process.js';

const SERVER = resolve('dist/server/backend/src/main.js');
/** How long compiling dist/server may take, when it is missing or older than its sources. */
export const BUILD_TIMEOUT_MS = 240_000;

/** Compiles dist/server when it is missing or out of date, as `npm start` and the operator commands do. */
export async function ensureServerBuilt(log: (message: string) => void): Promise<void> {
  const buildServer = pathToFileURL(resolve('scripts/lib/build-server.mjs')).href;
  const { ensureServerBuilt: build } = (await import(buildServer)) as {
    ensureServerBuilt: (log: (message: string) => void) => Promise<void>;
  };
  await build(log);
}

/** A BandTrack's environment variables; `undefined` removes one this process has. */
export type ServerEnvironment = Record<string, string | undefined>;

/**
 * The environment of a built server on a free port of 127.0.0.1, with the API tests' low password cost
 * and raised rate limits (as startTestApp has them) and no periodic job; `env` adds to it or overrides.
 */
export async function builtServerEnvironment(env: ServerEnvironment): Promise<ServerEnvironment> {
  const port = await freePort();
  return {
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    PASSWORD_HASH_ITERATIONS: '1000',
    RATE_LIMIT_LOGIN: '1000',
    RATE_LIMIT_LOGIN_ADDRESS: '1000',
    RATE_LIMIT_REGISTER: '1000',
    JOBS_TICK_MS: '0',
    ...env,
  };
}

/**
 * The built server (dist/server, as `npm start` runs it: ensureServerBuilt() first) in its own process,
 * ready once /api/health answers; its output goes to `logFile`.
 */
export function startBuiltServer(name: string, env: ServerEnvironment, logFile: string): Promise<ServerProcess> {
  return startServerProcess({
    name,
    nodeArgs: ['--enable-source-maps', SERVER],
    env,
    port: Number(env.PORT),
    readyPath: '/api/health',
    logFile,
  });
}
