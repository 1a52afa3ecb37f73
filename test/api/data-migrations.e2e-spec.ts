import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrmConfig } from '../../backend/src/database/mikro-orm.config.js';
import { RENAMED_TIME_ZONES } from '../../backend/src/modules/bands/domain/renamed-time-zones.js';
import { newId } from '../../backend/src/shared/application/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Data migrations, each tested on rows written as they stood before it: the database is migrated up to
// the migration before, given those rows, then migrated to the end like an upgraded server.
let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
  orm = await MikroORM.init({ ...createOrmConfig({ clientUrl: database.url, logger: () => undefined }) });
});

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

describe('band time zones stored under an old name', () => {
  it('are rewritten to their current name, the one every read then answers', async () => {
    await orm.migrator.up({ to: 'Migration20261202020658_songs_level_pages' });
    const em = orm.em.fork();
    const bands = new Map<string, string>(); // band id → the zone it was saved with
    for (const zone of [...Object.keys(RENAMED_TIME_ZONES), 'Europe/Paris', 'Europe/Kyiv', 'UTC']) {
      const id = newId();
      bands.set(id, zone);
      await em.execute(`insert into bands (id, name, invite_code, timezone, created_at) values (?, 'B', ?, ?, now())`, [
        id,
        id.slice(-11),
        zone,
      ]);
    }

    await orm.migrator.up();

    const stored = await orm.em.fork().execute<{ id: string; timezone: string }[]>('select id, timezone from bands');
    expect(new Map(stored.map((band) => [band.id, band.timezone]))).toEqual(
      new Map([...bands].map(([id, zone]) => [id, RENAMED_TIME_ZONES[zone] ?? zone])),
    );
  });
});
