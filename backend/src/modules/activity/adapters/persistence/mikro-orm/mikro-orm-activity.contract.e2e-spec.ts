import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../../../../test/support/test-database.js';
import { createOrmConfig } from '../../../../../database/mikro-orm.config.js';
import { PreparedStatements } from '../../../../../shared/adapters/prepared-statements.js';
import { newId } from '../../../../../shared/application/ids.js';
import { activityRepositoryContract } from '../../../testing/activity-repository.contract.js';
import type { ActivityAdaptersFactory } from '../../../testing/activity-adapters.js';
import { anEntry } from '../../../testing/activity.mother.js';
import { MikroOrmActivityRepository } from './mikro-orm-activity.repository.js';

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

const mikroOrmAdapters: ActivityAdaptersFactory = async () => {
  await orm.em.fork().execute('truncate activity, bands, users cascade');
  const em = orm.em;
  return {
    activity: new MikroOrmActivityRepository(em, new PreparedStatements(em)),
    aUserNamed: async (displayName) => {
      const id = newId();
      await em.execute(
        `insert into users (id, username, display_name, password_hash, created_at) values (?, ?, ?, 'x', now())`,
        [id, `u${id.slice(-12)}`, displayName],
      );
      return id;
    },
    renameUser: async (userId, displayName) => {
      await em.execute('update users set display_name = ? where id = ?', [displayName, userId]);
    },
    deleteUser: async (userId) => {
      await em.execute('delete from users where id = ?', [userId]);
    },
    aBand: async () => {
      const id = newId();
      await em.execute(`insert into bands (id, name, invite_code, created_at) values (?, 'Band', ?, now())`, [
        id,
        id.slice(-11),
      ]);
      return id;
    },
  };
};

describe('activity MikroORM adapter', () => {
  activityRepositoryContract(mikroOrmAdapters);

  it('drops the line of a band deleted before it was written, and the lines of a band deleted after', async () => {
    const adapters = await mikroOrmAdapters();
    const lea = await adapters.aUserNamed('Léa');
    const bandId = await adapters.aBand();
    await adapters.activity.record(anEntry(newId(), lea, 1));
    await adapters.activity.record(anEntry(bandId, lea, 2));
    await orm.em.execute('delete from bands where id = ?', [bandId]);
    expect(await orm.em.execute('select count(*)::int as n from activity')).toEqual([{ n: 0 }]);
  });
});
