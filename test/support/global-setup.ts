// Jest loads its global setup through require(), without the moduleNameMapper that turns our `.js`
// imports into `.ts`: the work is done by test-database-server.ts, loaded as real ESM through tsx.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup(): Promise<void> {
  const here = typeof __dirname === 'string' ? __dirname : resolve('test/support');
  const server = (await tsImport('./test-database-server.ts', {
    parentURL: pathToFileURL(resolve(here, 'global-setup.ts')).href,
    // experimentalDecorators, as the app is compiled (entities.ts reaches decorated classes).
    tsconfig: resolve(here, '../../backend/tsconfig.json'),
  })) as typeof import('./test-database-server.js');
  await server.startTestDatabaseServer();
}
