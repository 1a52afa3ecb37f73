import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let admin: Person;
let member: Person;
let other: Person;
let bandId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  admin = await fixture.person('Léa');
  member = await fixture.person('Sam');
  other = await fixture.person('Max');
  bandId = await fixture.band(admin, [
    [member, 'member'],
    [other, 'member'],
  ]);
});
afterAll(() => testApp.close());

/** Rows of the app's database, read behind the API. */
async function rows(sql: string, params: unknown[]): Promise<unknown[]> {
  const db = new pg.Client({ connectionString: testApp.databaseUrl });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows;
  } finally {
    await db.end();
  }
}

const answerOf = (body: { attendance: { userId: string; status: string | null }[] }, person: Person) =>
  body.attendance.find((attendee) => attendee.userId === person.id);

async function aGig(): Promise<string> {
  const gig = await admin.post(`/api/bands/${bandId}/gigs`, { title: 'Fête', startsAt: '2027-06-21T20:00:00+02:00' });
  return gig.body.id;
}

describe('attendance', () => {
  it('keeps one answer per member per gig: the same answer twice, then another, leaves one', async () => {
    const gigId = await aGig();
    const first = await member.put(`/api/gigs/${gigId}/attendance`, { status: 'maybe', comment: 'Si je trouve' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      eventIds: [gigId],
      status: 'maybe',
      comment: 'Si je trouve',
      answeredAt: expect.any(String),
    });
    expect(
      (await member.put(`/api/gigs/${gigId}/attendance`, { status: 'maybe', comment: 'Si je trouve' })).status,
    ).toBe(200);
    // A one-tap answer (from the agenda, the home screen) leaves the comment; null clears it.
    const tapped = await member.put(`/api/gigs/${gigId}/attendance`, { status: 'yes' });
    expect(tapped.body).toMatchObject({ status: 'yes', comment: 'Si je trouve' });
    const gig = (await admin.get(`/api/gigs/${gigId}`)).body;
    expect(gig.attendance.map((attendee: { status: string | null }) => attendee.status)).toEqual([null, 'yes', null]);
    expect(answerOf(gig, member)).toMatchObject({ displayName: 'Sam', status: 'yes', comment: 'Si je trouve' });
    expect(await rows(`select count(*)::int as n from attendance where gig_id = $1`, [gigId])).toEqual([{ n: 1 }]);
    await member.put(`/api/gigs/${gigId}/attendance`, { status: 'yes', comment: null });
    expect(answerOf((await admin.get(`/api/gigs/${gigId}`)).body, member)).toMatchObject({ comment: null });
  });

  it('answers a whole series at once from its first date, or the following dates from one of them', async () => {
    const created = await admin.post(`/api/bands/${bandId}/rehearsals`, {
      startsAt: '2026-12-02T20:00:00+01:00',
      repeat: { every: 'week', until: '2026-12-23' },
    });
    const ids: string[] = created.body.items.map((item: { id: string }) => item.id);
    const all = await member.put(`/api/rehearsals/${ids[0]}/attendance?scope=following`, { status: 'yes' });
    expect(all.body.eventIds).toEqual(ids);
    await member.put(`/api/rehearsals/${ids[2]}/attendance?scope=following`, { status: 'no', comment: 'Vacances' });
    await member.put(`/api/rehearsals/${ids[1]}/attendance`, { status: 'maybe' });
    const statuses = await Promise.all(
      ids.map(async (id) => answerOf((await admin.get(`/api/rehearsals/${id}`)).body, member)!.status),
    );
    expect(statuses).toEqual(['yes', 'maybe', 'no', 'no']);
  });

  it('refuses an answer to a cancelled gig with a 422', async () => {
    const gigId = await aGig();
    await admin.patch(`/api/gigs/${gigId}`, { status: 'cancelled' });
    const response = await member.put(`/api/gigs/${gigId}/attendance`, { status: 'yes' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('SCHEDULE.EVENT_CANCELLED');
  });

  it('lets the answers of a member who leaves the band go', async () => {
    const leaver = await fixture.person('Zoé');
    const { body: band } = await admin.get(`/api/bands/${bandId}`);
    await leaver.post('/api/bands/join', { inviteCode: band.inviteCode });
    const gigId = await aGig();
    await leaver.put(`/api/gigs/${gigId}/attendance`, { status: 'yes' });
    expect(answerOf((await admin.get(`/api/gigs/${gigId}`)).body, leaver)?.status).toBe('yes');
    expect((await leaver.delete(`/api/bands/${bandId}/members/${leaver.id}`)).status).toBe(204);
    await eventually(() => rows(`select 1 from attendance where user_id = $1`, [leaver.id]), []);
    expect(answerOf((await admin.get(`/api/gigs/${gigId}`)).body, leaver)).toBeUndefined();
  });

  it.each([
    ['an unknown status', { status: 'peut-être' }, 'status'],
    ['no status', { comment: 'Oui' }, 'status'],
    ['a comment too long', { status: 'yes', comment: 'x'.repeat(501) }, 'comment'],
    ['a comment with a control character', { status: 'yes', comment: 'a\u0007b' }, 'comment'],
    ['an unknown field', { status: 'yes', userId: '01a20d32-9d6e-71e2-8ccb-7face453047f' }, 'userId'],
  ])('refuses %s with a 400 naming the field', async (_case, body, field) => {
    const gigId = await aGig();
    const response = await member.put(`/api/gigs/${gigId}/attendance`, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });
});
