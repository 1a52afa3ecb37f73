import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createOrmConfig } from '../../database/mikro-orm.config.js';
import { unitOfWorkContract, type UnitOfWorkProbeFactory } from '../testing/unit-of-work.contract.js';
import { MikroOrmUnitOfWork } from './mikro-orm-unit-of-work.js';

let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase();
  // The global EntityManager, as the app uses it: inside a unit of work it resolves to the transaction.
  orm = await MikroORM.init({ ...createOrmConfig({ clientUrl: database.url }), allowGlobalContext: true });
  await orm.em.fork().execute('create table unit_of_work_probe (key text primary key)');
});

afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

/** The records live in a table of this test file's own database, written as the repositories write. */
const mikroOrmProbe: UnitOfWorkProbeFactory = async () => {
  await orm.em.fork().execute('truncate unit_of_work_probe');
  return {
    unitOfWork: new MikroOrmUnitOfWork(orm.em),
    write: async (key) => {
      await orm.em.execute('insert into unit_of_work_probe (key) values (?)', [key]);
    },
    committed: async () => {
      const rows = await orm.em.fork().execute<{ key: string }[]>('select key from unit_of_work_probe order by key');
      return rows.map((row) => row.key);
    },
  };
};

describe('MikroORM unit of work', () => {
  unitOfWorkContract(mikroOrmProbe);
});
