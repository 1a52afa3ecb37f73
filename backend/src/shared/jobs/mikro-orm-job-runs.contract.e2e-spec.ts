import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createOrmConfig } from '../../database/mikro-orm.config.js';
import { jobRunsContract } from '../testing/job-runs.contract.js';
import { MikroOrmJobRuns } from './mikro-orm-job-runs.js';

let database: TestDatabase;
const orms: MikroORM[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(orms.map((orm) => orm.close(true)));
  await database.drop();
});

/** Each instance has its own ORM and pool on the one database, as separate app processes do. */
async function instance(index: number): Promise<MikroORM> {
  orms[index] ??= await MikroORM.init(createOrmConfig({ clientUrl: database.url }));
  return orms[index];
}

describe('MikroORM job runs', () => {
  jobRunsContract(async (instances) => {
    await (await instance(0)).em.fork().execute('truncate scheduled_jobs');
    const all = await Promise.all(Array.from({ length: instances }, (_, index) => instance(index)));
    return all.map((orm) => new MikroOrmJobRuns(orm.em.fork()));
  });
});
