// See global-setup.ts: stops the run's PostgreSQL (or drops the run's databases on TEST_DATABASE_URL).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

export default async function globalTeardown(): Promise<void> {
  const here = typeof __dirname === 'string' ? __dirname : resolve('test/support');
  const server = (await tsImport('./test-database-server.ts', {
    parentURL: pathToFileURL(resolve(here, 'global-teardown.ts')).href,
    // experimentalDecorators, as the app is compiled (entities.ts reaches decorated classes).
    tsconfig: resolve(here, '../../backend/tsconfig.json'),
  })) as typeof import('./test-database-server.js');
  await server.stopTestDatabaseServer();
}
