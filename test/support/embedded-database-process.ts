// Child process for test/api/embedded-database.e2e-spec.ts: starts an embedded PostgreSQL on the data
// directory given as argument, prints `READY <url>` and waits to be killed (the spec sends SIGKILL).
import { startEmbeddedDatabase } from '../../backend/src/database/embedded-database.js';

const dataDir = process.argv[2];
if (!dataDir) {
  throw new Error('usage: embedded-database-process.ts <dataDir>');
}
const database = await startEmbeddedDatabase({ dataDir, databaseName: 'bandtrack_test_crash' });
process.stdout.write(`READY ${database.url}\n`);
setInterval(() => undefined, 60_000);
