import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { ApiClient } from '../support/api-client.js';
import type { Load } from './load.js';
import type { ServerProcess } from '../support/server-process.js';

/** What a scenario gets to seed its data: the running app, its database, the API. */
export interface BenchContext {
  readonly app: ServerProcess;
  /** The app's database, for seeding in bulk where the API would take too long. */
  readonly sql: pg.Pool;
  /** Registers a new user through the API; the client keeps their session cookie. */
  signUp(displayName: string): Promise<ApiClient>;
}

/** One workload of `npm run bench`, in its own file under scenarios/ (its default export). */
export type Scenario = ComparedScenario | AppScenario;

/**
 * The harness seeds it once, checks both servers give the same answer, then loads the app and the bare
 * reference server in turn and prints the figures side by side.
 */
export interface ComparedScenario {
  /** One line for the report. */
  description: string;
  /** Seeds what the load needs and says what to send: one load, or several measured in turn. */
  prepare(context: BenchContext): Promise<Load | Load[]>;
  /** Registers the bare Fastify + pg route(s) doing the same statements as the app, for the same answer. */
  reference(server: FastifyInstance, db: pg.Pool): void;
  /** Checks the data once every load has run; a line for the report, or an Error when it is wrong. */
  verify?(db: pg.Pool): Promise<string>;
}

/** A workload with no reference to compare with (live sockets): it measures the app and prints its figures. */
export interface AppScenario {
  description: string;
  run(context: BenchContext): Promise<void>;
}
