import autocannon from 'autocannon';
import type { ServerProcess } from './server-process.js';

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
}

export interface Measurement {
  requests: number;
  seconds: number;
  /** Answers other than 2xx, connection errors and timeouts: any of them makes the run suspect. */
  failures: number;
  /** Latencies in milliseconds, one per answer. */
  latencies: number[];
  /** CPU time the server used meanwhile, in milliseconds. */
  cpuMilliseconds: number;
}

/** Runs the load against the server for `seconds` with autocannon, keeping every latency. */
export async function measure(server: ServerProcess, load: Load, seconds: number): Promise<Measurement> {
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
  };
}

export interface Summary {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  /** The server's CPU time per answer: steadier than req/s when other processes share the cores. */
  cpuPerRequest: number;
}

/** Throughput and latency percentiles over one or more measurements of the same target. */
export function summarize(measurements: Measurement[]): Summary {
  const latencies = measurements.flatMap((m) => m.latencies).sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const requests = measurements.reduce((sum, m) => sum + m.requests, 0);
  const seconds = measurements.reduce((sum, m) => sum + m.seconds, 0);
  return {
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    failures: measurements.reduce((sum, m) => sum + m.failures, 0),
    cpuPerRequest: requests > 0 ? measurements.reduce((sum, m) => sum + m.cpuMilliseconds, 0) / requests : 0,
  };
}
