// The bare reference of `npm run bench`: Fastify and a pg pool, no framework in between, serving the
// reference routes of the scenarios named in BENCH_SCENARIOS (module paths, comma-separated).
import Fastify from 'fastify';
import pg from 'pg';
import { pathToFileURL } from 'node:url';
import { POOL_OPTIONS } from '../../backend/src/database/pool-options.js';
import type { Scenario } from './scenario.js';

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, ...POOL_OPTIONS });
const server = Fastify({ logger: false });
server.get('/health', async () => ({ status: 'ok' }));
for (const path of (process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean)) {
  const scenario = ((await import(pathToFileURL(path).href)) as { default: Scenario }).default;
  if ('reference' in scenario) scenario.reference(server, db);
}
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => db.end())
    .then(() => process.exit(0));
});
await server.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
