// Configuration for the MikroORM CLI (package.json "mikro-orm".configPaths), loaded through tsx.
// Use it through `npm run migration:create`, which provides a database when DATABASE_URL is unset.
import { createOrmConfig } from './mikro-orm.config.js';

export default createOrmConfig({
  clientUrl: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/bandtrack',
});
