import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../../../../test/support/test-database.js';
import { createOrmConfig } from '../../../../../database/mikro-orm.config.js';
import { MikroOrmUnitOfWork } from '../../../../../shared/adapters/mikro-orm-unit-of-work.js';
import { PreparedStatements } from '../../../../../shared/adapters/prepared-statements.js';
import { newId } from '../../../../../shared/application/ids.js';
import type { BandsAdaptersFactory } from '../../../testing/bands-adapters.js';
import { activeBandRepositoryContract } from '../../../testing/active-band-repository.contract.js';
import { bandRepositoryContract } from '../../../testing/band-repository.contract.js';
import { bandsReaderContract } from '../../../testing/bands-reader.contract.js';
import { rosterRepositoryContract } from '../../../testing/roster-repository.contract.js';
import { MikroOrmActiveBandRepository } from './mikro-orm-active-band.repository.js';
import { MikroOrmBandRepository } from './mikro-orm-band.repository.js';
import { MikroOrmBandsReader } from './mikro-orm-bands.reader.js';
import { MikroOrmRosterRepository } from './mikro-orm-roster.repository.js';

let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase();
  // The global EntityManager, as the app uses it: inside a unit of work it resolves to the transaction.
  orm = await MikroORM.init({ ...createOrmConfig({ clientUrl: database.url }), allowGlobalContext: true });
});

afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

const mikroOrmAdapters: BandsAdaptersFactory = async () => {
  await orm.em.fork().execute('truncate bands, memberships, active_bands, users cascade');
  const em = orm.em;
  return {
    bands: new MikroOrmBandRepository(em),
    rosters: new MikroOrmRosterRepository(em),
    activeBands: new MikroOrmActiveBandRepository(em),
    reader: new MikroOrmBandsReader(new PreparedStatements(em)),
    unitOfWork: new MikroOrmUnitOfWork(em),
    aUserNamed: async (displayName) => {
      const id = newId();
      await em.execute(
        `insert into users (id, username, display_name, password_hash, created_at) values (?, ?, ?, 'x', now())`,
        [id, `u${id.slice(-12)}`, displayName],
      );
      return id;
    },
  };
};

describe('bands MikroORM adapters', () => {
  bandRepositoryContract(mikroOrmAdapters);
  rosterRepositoryContract(mikroOrmAdapters);
  activeBandRepositoryContract(mikroOrmAdapters);
  bandsReaderContract(mikroOrmAdapters);
});
