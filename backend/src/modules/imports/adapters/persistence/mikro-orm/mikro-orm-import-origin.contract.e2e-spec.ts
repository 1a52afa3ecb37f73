import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../../../../test/support/test-database.js';
import { createOrmConfig } from '../../../../../database/mikro-orm.config.js';
import { MikroOrmUnitOfWork } from '../../../../../shared/adapters/mikro-orm-unit-of-work.js';
import { importOriginRepositoryContract } from '../../../testing/import-origin-repository.contract.js';
import { MikroOrmImportOriginRepository } from './mikro-orm-import-origin.repository.js';

let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init({ ...createOrmConfig({ clientUrl: database.url }), allowGlobalContext: true });
});

afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

describe('MikroORM import origins', () => {
  importOriginRepositoryContract(async () => {
    await orm.em.fork().execute('truncate import_origin');
    return { origins: new MikroOrmImportOriginRepository(orm.em), unitOfWork: new MikroOrmUnitOfWork(orm.em) };
  });
});
