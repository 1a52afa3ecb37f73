import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createOrmConfig } from './mikro-orm.config.js';

// `npm run migration:create` diffs the mapping against migrations/.snapshot-bandtrack.json. When they
// differ, the next migration someone creates carries unrelated statements: for instance dropping the
// foreign keys between contexts, which live in the migrations only (docs/adr/0013). No database needed.
let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init(createOrmConfig({ clientUrl: 'postgres://unused@127.0.0.1:1/bandtrack' }));
});

afterAll(async () => {
  await orm.close(true);
});

it('the committed snapshot matches the mapping: `npm run migration:create` finds nothing to write', async () => {
  // When this fails, `npm run migration:create -- --dump` shows the difference.
  await expect(orm.migrator.checkSchema()).resolves.toBe(false);
});
