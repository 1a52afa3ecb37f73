import autocannon from 'autocannon';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerProcess } from '../support/server-process.js';

/** One request of a varying load (`Load.next`), and what to do with its outcome. */
export interface Step {
  /** The latency class it is reported under ('vote', 'list'). */
  kind: string;
  method: NonNullable<Load['method']>;
  path: string;
  headers?: Record<string, string>;
  /** Told the answer's status once it has fully arrived, or 0 when the request failed. */
  settled?(status: number): void;
}

/** What a scenario sends: the same requests go to the app and to the reference server. */
export interface Load {
  /** Path and query, the same on both servers. */
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Requests a second over all connections (paced load); as fast as possible when omitted. */
  overallRate?: number;
  /** Its name in the report, when a scenario has several loads. */
  name?: string;
  /** Seconds per round and of the warm-up, when not the run's own. */
  seconds?: number;
  warmUpSeconds?: number;
  /**
   * A varying load: each connection's next request, sent by the bench's own loop (keep-alive, one
   * request in flight per connection, each outcome known) instead of autocannon. `path`, `method` and
   * `headers` above are then the request whose answers the harness compares first.
   */
  next?(connection: number): Step;
  /** With `next`: milliseconds between the starts of one connection's requests (paced); none when omitted. */
  interval?: number;
}

export interface Measurement {
  requests: number;
  seconds: number;
  /** Answers other than 2xx, connection errors and timeouts: any of them makes the run suspect. */
  failures: number;
  /** Latencies in milliseconds, one per answer. */
  latencies: number[];
  /** The same latencies by `Step.kind`, for a varying load. */
  byKind: Record<string, number[]>;
  /** CPU time the server used meanwhile, in milliseconds. */
  cpuMilliseconds: number;
}

/** Runs the load against the server for `seconds` with autocannon, keeping every latency. */
export async function measure(server: ServerProcess, load: Load, seconds: number): Promise<Measurement> {
  if (load.next) return measureSteps(server, load, seconds);
  const latencies: number[] = [];
  const cpuBefore = await server.cpuMilliseconds();
  const instance = autocannon({
    url: server.url + load.path,
    method: load.method ?? 'GET',
    headers: load.headers,
    body: load.body,
    connections: load.connections,
    overallRate: load.overallRate,
    duration: seconds,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, milliseconds: number) => {
    latencies.push(milliseconds);
  });
  const result = await instance;
  const cpuMilliseconds = (await server.cpuMilliseconds()) - cpuBefore;
  return {
    cpuMilliseconds,
    requests: latencies.length,
    seconds: result.duration,
    failures: result.non2xx + result.errors + result.timeouts,
    latencies,
    byKind: {},
  };
}

/** `load.connections` loops, each sending `load.next(connection)` one after the other until the time is up. */
async function measureSteps(server: ServerProcess, load: Load, seconds: number): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.connections });
  const { hostname, port } = new URL(server.url);
  const send = (step: Step) =>
    new Promise<number>((done) => {
      const outgoing = request({ agent, hostname, port, method: step.method, path: step.path, headers: step.headers });
      outgoing.once('error', () => done(0));
      outgoing.setTimeout(10_000, () => outgoing.destroy());
      outgoing.once('response', (answer) => {
        answer.once('error', () => done(0));
        answer.once('end', () => done(answer.statusCode ?? 0));
        answer.resume();
      });
      outgoing.end();
    });
  const measurement: Measurement = { requests: 0, seconds, failures: 0, latencies: [], byKind: {}, cpuMilliseconds: 0 };
  const cpuBefore = await server.cpuMilliseconds();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const connection = async (index: number) => {
    // Paced connections start spread over one interval, then keep their own cadence.
    let due = started + (load.interval ? Math.random() * load.interval : 0);
    while (due < deadline) {
      if (load.interval) await sleep(Math.max(0, due - performance.now()));
      const step = load.next!(index);
      const sent = performance.now();
      const status = await send(step);
      const milliseconds = performance.now() - sent;
      step.settled?.(status);
      if (status < 200 || status >= 300) measurement.failures += 1;
      measurement.latencies.push(milliseconds);
      (measurement.byKind[step.kind] ??= []).push(milliseconds);
      due = load.interval ? due + load.interval : performance.now();
    }
  };
  await Promise.all(Array.from({ length: load.connections }, (_, index) => connection(index)));
  agent.destroy();
  measurement.cpuMilliseconds = (await server.cpuMilliseconds()) - cpuBefore;
  measurement.requests = measurement.latencies.length;
  measurement.seconds = (performance.now() - started) / 1000;
  return measurement;
}

export interface Summary {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  /** The server's CPU time per answer: steadier than req/s when other processes share the cores. */
  cpuPerRequest: number;
  /** p50/p95/p99 by `Step.kind`, for a varying load. */
  byKind: Record<string, Percentiles>;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(unsorted: number[]): Percentiles {
  const latencies = [...unsorted].sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** Throughput and latency percentiles over one or more measurements of the same target. */
export function summarize(measurements: Measurement[]): Summary {
  const kinds = [...new Set(measurements.flatMap((m) => Object.keys(m.byKind)))];
  const requests = measurements.reduce((sum, m) => sum + m.requests, 0);
  const seconds = measurements.reduce((sum, m) => sum + m.seconds, 0);
  return {
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    ...percentiles(measurements.flatMap((m) => m.latencies)),
    failures: measurements.reduce((sum, m) => sum + m.failures, 0),
    cpuPerRequest: requests > 0 ? measurements.reduce((sum, m) => sum + m.cpuMilliseconds, 0) / requests : 0,
    byKind: Object.fromEntries(
      kinds.map((kind) => [kind, percentiles(measurements.flatMap((m) => m.byKind[kind] ?? []))]),
    ),
  };
}
