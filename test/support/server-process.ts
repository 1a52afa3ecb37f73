import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';

export interface ServerProcess {
  readonly name: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly pid: number;
  /** Resident memory now and at its peak, in MiB (Linux /proc; 0 elsewhere). */
  memory(): Promise<{ rssMiB: number; peakMiB: number }>;
  /** CPU time used so far (user + system), in milliseconds (Linux /proc; 0 elsewhere). */
  cpuMilliseconds(): Promise<number>;
  /** SIGTERM, then waits for the exit (SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
}

export interface ServerSpec {
  name: string;
  /** Arguments to `node` (flags, then the entry file and its arguments). */
  nodeArgs: string[];
  /** Added to this process's environment; `undefined` removes a variable (DATABASE_URL, say). */
  env: Record<string, string | undefined>;
  port: number;
  /** Polled until it answers 200: the server is then ready. */
  readyPath: string;
  /** stdout and stderr go there (the app's JSON log lines, as an operator would keep them). */
  logFile: string;
}

/** This process's environment with `env` over it, less the variables `env` sets to `undefined`. */
export function childEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** Starts a Node.js server in its own process on 127.0.0.1 and waits until it answers. */
export async function startServerProcess(spec: ServerSpec): Promise<ServerProcess> {
  const log = createWriteStream(spec.logFile);
  const child: ChildProcess = spawn(process.execPath, spec.nodeArgs, {
    env: childEnvironment(spec.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${spec.port}`;
  let stopping: Promise<void> | undefined;
  const server: ServerProcess = {
    name: spec.name,
    url,
    pid: child.pid!,
    memory: () => memoryOf(child.pid!),
    cpuMilliseconds: () => cpuOf(child.pid!),
    stop: () => {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(timer);
        }
        await new Promise((done) => log.end(done));
      })();
      return stopping;
    },
  };
  try {
    await waitUntilReady(`${url}${spec.readyPath}`, child, spec);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilReady(url: string, child: ChildProcess, spec: ServerSpec): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const output = await readFile(spec.logFile, 'utf8').catch(() => '');
      throw new Error(`${spec.name} exited during start (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${spec.name} did not answer ${url} within ${READY_TIMEOUT_MS} ms (log: ${spec.logFile})`);
}

async function memoryOf(pid: number): Promise<{ rssMiB: number; peakMiB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, the unit of /proc/PID/stat on Linux

async function cpuOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** A TCP port free on 127.0.0.1 at the time of asking, for a server to listen on. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
