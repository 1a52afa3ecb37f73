import { MikroOrmAgendaReader } from './mikro-orm-agenda.reader.js';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statementsSentDuring } from '../../../../../../../test/support/round-trips.js';
import { databaseRows } from '../../../../../../../test/support/database-rows.js';
import { createTestDatabase, type TestDatabase } from '../../../../../../../test/support/test-database.js';
import { createOrmConfig } from '../../../../../database/mikro-orm.config.js';
import { newId } from '../../../../../shared/application/ids.js';
import { PreparedStatements } from '../../../../../shared/adapters/prepared-statements.js';
import { agendaReaderContract } from '../../../testing/agenda-reader.contract.js';
import { attendanceRepositoryContract } from '../../../testing/attendance-repository.contract.js';
import { gigRepositoryContract } from '../../../testing/gig-repository.contract.js';
import { plannerReaderContract } from '../../../testing/planner-reader.contract.js';
import { memberEventReaderContract } from '../../../testing/member-event-reader.contract.js';
import { setlistRepositoryContract } from '../../../testing/setlist-repository.contract.js';
import { rehearsalRepositoryContract } from '../../../testing/rehearsal-repository.contract.js';
import type { ScheduleAdaptersFactory } from '../../../testing/schedule-adapters.js';
import { MikroOrmAttendanceRepository } from './mikro-orm-attendance.repository.js';
import { MikroOrmGigRepository } from './mikro-orm-gig.repository.js';
import { MikroOrmRehearsalRepository } from './mikro-orm-rehearsal.repository.js';
import { MikroOrmSetlistRepository } from './mikro-orm-setlist.repository.js';
import { MikroOrmMemberEventReader } from './mikro-orm-member-event.reader.js';
import { MikroOrmPlannerReader } from './mikro-orm-planner.reader.js';
import { SongNotInRepertoireError } from '../../../domain/schedule.errors.js';
import { Setlist } from '../../../domain/setlist/setlist.js';
import { aGig } from '../../../testing/schedule.mother.js';

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

const mikroOrmAdapters: ScheduleAdaptersFactory = async () => {
  await orm.em
    .fork()
    .execute('truncate setlist_entries, songs, attendance, gigs, rehearsals, bands, memberships, users cascade');
  const em = orm.em;
  const prepared = new PreparedStatements(em);
  const rows = databaseRows(em);
  return {
    gigs: new MikroOrmGigRepository(em),
    rehearsals: new MikroOrmRehearsalRepository(em),
    attendance: new MikroOrmAttendanceRepository(prepared),
    setlists: new MikroOrmSetlistRepository(em, prepared),
    memberEvents: new MikroOrmMemberEventReader(prepared),
    planner: new MikroOrmPlannerReader(prepared),
    agenda: new MikroOrmAgendaReader(prepared),
    aPerson: () => rows.person(),
    aBandOf: (...memberIds) => rows.bandOf(...memberIds),
    aSongOf: (bandId) => rows.song(bandId),
    leave: (bandId, userId) => rows.leave(bandId, userId),
  };
};

describe('schedule MikroORM adapters', () => {
  gigRepositoryContract(mikroOrmAdapters);
  rehearsalRepositoryContract(mikroOrmAdapters);
  attendanceRepositoryContract(mikroOrmAdapters);
  setlistRepositoryContract(mikroOrmAdapters);
  memberEventReaderContract(mikroOrmAdapters);
  plannerReaderContract(mikroOrmAdapters);
  agendaReaderContract(mikroOrmAdapters);

  it('refuses a setlist naming a song deleted since it was checked, and keeps the one saved before', async () => {
    const adapters = await mikroOrmAdapters();
    const bandId = await adapters.aBandOf(await adapters.aPerson());
    const gig = aGig(bandId);
    await adapters.gigs.save(gig);
    const [kept, deleted] = [await adapters.aSongOf(bandId), await adapters.aSongOf(bandId)];
    await adapters.setlists.replace(gig.id, Setlist.of([{ songId: kept }]));
    await orm.em.fork().execute(`delete from songs where id = '${deleted}'`);

    const save = adapters.setlists.replace(gig.id, Setlist.of([{ songId: kept }, { songId: deleted }]));

    await expect(save).rejects.toEqual(new SongNotInRepertoireError([deleted]));
    expect((await adapters.setlists.find(gig.id)).entries).toEqual([{ songId: kept }]);
  });

  it('reads an agenda page in one statement that walks the (band, start) indexes', async () => {
    const adapters = await mikroOrmAdapters();
    const lea = await adapters.aPerson();
    const bandId = await adapters.aBandOf(lea);
    const request = {
      bandId,
      viewerId: lea,
      type: null,
      when: 'upcoming' as const,
      now: new Date(),
      from: null,
      to: null,
      after: { startsAt: new Date(), id: newId() },
      limit: 51,
    };
    const sent = await statementsSentDuring(() => adapters.agenda.page(request));
    expect(sent.map(({ name }) => name)).toEqual(['agenda-page:both,upcoming,,,after']);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      await db.query('set enable_seqscan = off'); // the tables are nearly empty: ask what the indexes allow
      const { rows } = await db.query(`explain (generic_plan) ${sent[0]!.sql}`);
      const plan = rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      expect(plan).toContain('rehearsals_band_starts_index');
      expect(plan).toContain('gigs_band_starts_index');
      expect(plan).not.toContain('Seq Scan');
    } finally {
      await db.end();
    }
  });
});
