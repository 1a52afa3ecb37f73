import { type DestinationStream, destination } from 'pino';

/** Lines are written in batches of this many bytes at least (about twenty request lines)... */
const BATCH_BYTES = 4096;
/** ...or after this long, whichever comes first, so a quiet server's lines still show at once. */
const FLUSH_INTERVAL_MS = 1000;

/**
 * Standard output for the app's log lines, written in batches: one write per line cost each request
 * a system call and a trip through libuv's thread pool, about a tenth of its CPU time (docs/perf.md).
 * What is still buffered is written when the process exits, a crash included (pino's exit hook);
 * only a SIGKILL loses it, a second of lines at most.
 */
export function stdoutDestination(): DestinationStream {
  return destination({ dest: 1, minLength: BATCH_BYTES, periodicFlush: FLUSH_INTERVAL_MS, sync: false });
}
