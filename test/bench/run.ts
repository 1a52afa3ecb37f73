// `npm run bench [-- [scenario ...] [--scenario NAME] [--seconds=N] [--rounds=N] [--profile]]`
// Builds the server when dist/server is missing or stale, starts PostgreSQL, the app as shipped and the
// bare Fastify + pg reference server (harness.ts), then for each scenario (scenarios/*.scenario.ts):
// seeds it, checks both servers answer the same, warms both up, and loads them in turn, alternating
// which goes first. Prints req/s, p50/p95/p99 latency, the ratio app/reference and each server's
// memory. A scenario with `run` (live-fanout) measures the app alone and prints its own figures.
// --profile writes a CPU profile of the app and prints where its time went.
import { mkdir, readdir } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Harness, root, startHarness } from './harness.js';
import { type Load, type Measurement, measure, summarize, type Summary } from './load.js';
import { summarizeProfile } from './profile-summary.js';
import type { Scenario } from './scenario.js';
import { ensureServerBuilt } from '../support/built-server.js';
import type { ServerProcess } from '../support/server-process.js';

const WARM_UP_SECONDS = 5;
const ROUND_WARM_UP_SECONDS = 1;
const scenariosDir = join(root, 'test/bench/scenarios');

interface Arguments {
  names: string[];
  seconds: number;
  rounds: number;
  profile: boolean;
}

function parseArguments(argv: string[]): Arguments {
  argv = argv.flatMap((arg) =>
    arg.startsWith('--scenario=') ? ['--scenario', arg.slice('--scenario='.length)] : [arg],
  );
  const value = (name: string, fallback: number) => {
    const raw = argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} takes a positive integer`);
    return parsed;
  };
  return {
    names: argv.filter((arg) => !arg.startsWith('--')),
    seconds: value('seconds', 10),
    rounds: value('rounds', 2),
    profile: argv.includes('--profile'),
  };
}

async function scenarioFiles(names: string[]): Promise<string[]> {
  const all = (await readdir(scenariosDir)).filter((file) => file.endsWith('.scenario.ts')).sort();
  const nameOf = (file: string) => basename(file, '.scenario.ts');
  const unknown = names.filter((name) => !all.some((file) => nameOf(file) === name));
  if (unknown.length > 0) {
    throw new Error(`unknown scenario(s): ${unknown.join(', ')}; known: ${all.map(nameOf).join(', ')}`);
  }
  return all
    .filter((file) => names.length === 0 || names.includes(nameOf(file)))
    .map((file) => join(scenariosDir, file));
}

/** The first answer of each server, compared: the reference must do the same work, not less. */
async function assertSameAnswer(harness: Harness, load: Load): Promise<void> {
  const answer = async (server: ServerProcess) => {
    const response = await fetch(server.url + load.path, {
      method: load.method ?? 'GET',
      headers: load.headers,
      body: load.body,
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  };
  const [app, reference] = [await answer(harness.app), await answer(harness.reference)];
  if (app.status >= 300 || !isDeepStrictEqual(app, reference)) {
    throw new Error(`the app and the reference answer differently:\n${JSON.stringify({ app, reference }, null, 2)}`);
  }
}

async function runScenario(harness: Harness, file: string, args: Arguments): Promise<void> {
  const scenario = ((await import(pathToFileURL(file).href)) as { default: Scenario }).default;
  const name = basename(file, '.scenario.ts');
  console.log(`\n## ${name}: ${scenario.description}`);
  if ('run' in scenario) return scenario.run(harness);
  const prepared = await scenario.prepare(harness);
  const loads = Array.isArray(prepared) ? prepared : [prepared];
  let failures = 0;
  for (const load of loads) failures += await runLoad(harness, load, args);
  if (scenario.verify) console.log(`\ncheck: ${await scenario.verify(harness.sql)}`);
  if (failures > 0) throw new Error(`${failures} failed request(s): the figures above do not count`);
}

/** Warms both servers up, loads them in turn, prints the figures; answers the number of failed requests. */
async function runLoad(harness: Harness, load: Load, args: Arguments): Promise<number> {
  if (load.name) console.log(`\n### ${load.name}`);
  await assertSameAnswer(harness, load);
  const targets = [harness.app, harness.reference];
  console.log(`${''.padEnd(15)} ${HEADER}`);
  await startFresh(harness);
  // Printed, not counted: the first seconds of each server are its JIT's (tiering up, most of all the
  // app's larger code), and these rows show whether it had settled before the rounds.
  for (const target of targets) {
    const warmUp = await measure(target, load, load.warmUpSeconds ?? WARM_UP_SECONDS);
    console.log(`${`warm-up ${target.name}`.padEnd(15)} ${format(summarize([warmUp]))}`);
  }

  const runs = new Map<ServerProcess, Measurement[]>(targets.map((target) => [target, []]));
  for (let round = 1; round <= args.rounds; round++) {
    const order = round % 2 === 1 ? targets : [...targets].reverse();
    for (const target of order) {
      await startFresh(harness);
      // The server sat idle through the other's rounds, long enough for its pool to close its
      // PostgreSQL connections (pg's 10 s): it reopens them here, not in the measured round.
      await measure(target, load, ROUND_WARM_UP_SECONDS);
      const result = await measure(target, load, load.seconds ?? args.seconds);
      runs.get(target)!.push(result);
      console.log(`${`round ${round} ${target.name}`.padEnd(15)} ${format(summarize([result]))}`);
    }
  }
  const app = summarize(runs.get(harness.app)!);
  const reference = summarize(runs.get(harness.reference)!);
  console.log(`\n${'server'.padEnd(15)} ${HEADER}  RSS MiB (peak)`);
  for (const [target, summary] of [
    [harness.app, app],
    [harness.reference, reference],
  ] as const) {
    const memory = await target.memory();
    console.log(
      `${target.name.padEnd(15)} ${format(summary)}  ${memory.rssMiB.toFixed(0)} (${memory.peakMiB.toFixed(0)})`,
    );
    const kinds = Object.entries(summary.byKind);
    for (const [kind, { p50, p95, p99 }] of kinds.length > 1 ? kinds : []) {
      console.log(
        `  ${kind.padEnd(13)} ${''.padStart(10)} ${[p50, p95, p99].map((p) => p.toFixed(1).padStart(10)).join(' ')}`,
      );
    }
  }
  console.log(
    `ratio app/reference: ${(app.requestsPerSecond / reference.requestsPerSecond).toFixed(2)}× in req/s, ${(reference.cpuPerRequest / app.cpuPerRequest).toFixed(2)}× in CPU time per request`,
  );
  return app.failures + reference.failures;
}

/**
 * Both servers share the database, and each round starts from the same state of it: the dead rows and
 * index entries the last rounds' votes left are vacuumed (the later rounds ran slower on them), and a
 * checkpoint is taken now rather than inside a round, where it stalled the server for a few hundred
 * milliseconds (docs/perf.md).
 */
async function startFresh(harness: Harness): Promise<void> {
  await harness.sql.query('VACUUM (ANALYZE)');
  await harness.sql.query('CHECKPOINT');
}

const HEADER = ['req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms/req', 'failures']
  .map((title) => title.padStart(10))
  .join(' ');

function format(summary: Summary): string {
  const { requestsPerSecond, p50, p95, p99, cpuPerRequest, failures } = summary;
  const cells = [
    requestsPerSecond.toFixed(0),
    p50.toFixed(1),
    p95.toFixed(1),
    p99.toFixed(1),
    cpuPerRequest.toFixed(3),
  ];
  return [...cells, String(failures)].map((cell) => cell.padStart(10)).join(' ');
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const files = await scenarioFiles(args.names);
  await ensureServerBuilt((message) => console.log(`[bench] ${message}`));
  const profileDir = args.profile ? join(root, 'test-results/bench-profile') : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  console.log(
    `[bench] Node ${process.version}, ${args.rounds} round(s) of ${args.seconds} s per server (or the load's own)`,
  );
  const harness = await startHarness({ scenarioFiles: files, profileDir });
  const stop = () => void harness.stop().then(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    for (const file of files) await runScenario(harness, file, args);
  } finally {
    await harness.stop();
  }
  if (profileDir) console.log(`\n${await summarizeProfile(profileDir)}`);
}

await main();
