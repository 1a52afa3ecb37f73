import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import pg from 'pg';
import { PurgeActivityCommand } from '../../backend/src/modules/activity/application/commands/purge-activity/purge-activity.command.js';
import { newId } from '../../backend/src/shared/application/ids.js';
import { PeriodicJobRunner } from '../../backend/src/shared/jobs/periodic-job-runner.js';
import { ApiClient } from '../support/api-client.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let lea: Person;
let sam: Person;
let bandId: string;

interface Line {
  id: string;
  at: string;
  actor: { id: string; displayName: string } | null;
  type: string;
  subject: { type: string; id: string; title: string | null; startsAt: string | null };
}

const read = async (as: Person, query = '') => {
  const response = await as.get(`/api/bands/${bandId}/activity${query}`);
  expect(response.status).toBe(200);
  return response.body as { items: Line[]; nextCursor: string | null };
};
const said = (items: Line[]) =>
  items.map(({ actor, type, subject }) => `${actor?.displayName} ${type} ${subject.title}`);

/** Léa founds the band, Sam joins and proposes a song, Léa promotes it and plans a gig, Sam answers it. */
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  lea = await fixture.person('Léa');
  sam = await fixture.person('Sam');
  bandId = await fixture.band(lea, [[sam, 'member']]);
  const suggestion = await sam.post(`/api/bands/${bandId}/suggestions`, { title: 'Creep', artist: 'Radiohead' });
  await sam.post(`/api/suggestions/${suggestion.body.id}/vote`);
  await lea.post(`/api/suggestions/${suggestion.body.id}/promote`);
  const gig = await lea.post(`/api/bands/${bandId}/gigs`, {
    title: 'Fête de la musique',
    startsAt: '2027-06-21T20:00:00+02:00',
  });
  expect(gig.status).toBe(201);
  expect((await sam.put(`/api/gigs/${gig.body.id}/attendance`, { status: 'yes' })).status).toBe(200);
  await eventually(async () => (await read(lea)).items.length, 6);
});
afterAll(() => testApp.close());

describe('GET /api/bands/{bandId}/activity', () => {
  it('says who did what, newest first, not each vote, to every member', async () => {
    const { items, nextCursor } = await read(sam);
    expect(said(items)).toEqual([
      'Sam attendance.answered Fête de la musique',
      'Léa gig.planned Fête de la musique',
      'Léa song.promoted Creep',
      'Sam suggestion.proposed Creep',
      'Sam member.joined Sam',
      'Léa band.formed Léa',
    ]);
    expect(nextCursor).toBeNull();
    expect(items[1]).toEqual({
      id: expect.any(String),
      at: expect.any(String),
      actor: { id: lea.id, displayName: 'Léa' },
      type: 'gig.planned',
      subject: {
        type: 'gig',
        id: expect.any(String),
        title: 'Fête de la musique',
        startsAt: '2027-06-21T18:00:00.000Z',
      },
      detail: null,
      count: null,
    });
    expect(items[0]).toMatchObject({ detail: 'yes', count: null });
    const times = items.map(({ at }) => at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages through the log with the cursor it hands out, each line once', async () => {
    const all = (await read(lea)).items.map(({ id }) => id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await read(lea, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map(({ id }) => id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses a cursor it did not hand out and a bad limit (400, problem+json)', async () => {
    const { nextCursor } = await read(lea, '?limit=1');
    for (const query of [`?cursor=${nextCursor}x`, '?cursor=abc', '?limit=0', '?limit=201', '?limit=x', '?sort=old']) {
      const response = await lea.get(`/api/bands/${bandId}/activity${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('is for members only: a stranger gets 404 as for an unknown band, nobody signed in 401', async () => {
    const stranger = await fixture.person('Zoé');
    expect((await stranger.get(`/api/bands/${bandId}/activity`)).status).toBe(404);
    expect((await stranger.get(`/api/bands/${newId()}/activity`)).status).toBe(404);
    expect((await new ApiClient(testApp.baseUrl).get(`/api/bands/${bandId}/activity`)).status).toBe(401);
  });

  it('loses what is older than the retention when the purge runs, once however many instances run it', async () => {
    const client = new pg.Client({ connectionString: testApp.databaseUrl });
    await client.connect();
    const anOldLine = async () => {
      const id = newId();
      await client.query(
        `insert into activity (id, band_id, at, actor_id, type, subject_type, subject_id)
         values ($1, $2, now() - interval '181 days', $3, 'member.joined', 'member', $3)`,
        [id, bandId, lea.id],
      );
      expect((await read(lea)).items.map(({ id }) => id)).toContain(id);
      return id;
    };
    try {
      const first = await anOldLine();
      const commands = testApp.app.get(CommandBus);
      const purged = await Promise.all([1, 2].map(() => commands.execute(new PurgeActivityCommand())));
      expect(purged.sort()).toEqual([0, 1]);
      expect((await read(lea)).items.map(({ id }) => id)).not.toContain(first);
      // The periodic job runner runs it (each hour, once across the instances).
      const second = await anOldLine();
      await testApp.app.get(PeriodicJobRunner).tick();
      const left = (await read(lea)).items;
      expect(left.map(({ id }) => id)).not.toContain(second);
      expect(left).toHaveLength(6);
      const run = await client.query(`select outcome, message from scheduled_jobs where name = 'activity-purge'`);
      expect(run.rows).toEqual([{ outcome: 'succeeded', message: '1 entries older than the retention purged' }]);
    } finally {
      await client.end();
    }
  });
});
