import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let admin: Person;
let member: Person;
let bandId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  admin = await fixture.person('Léa');
  member = await fixture.person('Sam');
  bandId = await fixture.band(admin, [[member, 'member']]);
});
afterAll(() => testApp.close());

/** Wednesdays 20:00–22:30 in Paris, from before the October change to after it. */
const SERIES = {
  startsAt: '2026-10-14T20:00:00+02:00',
  endsAt: '2026-10-14T22:30:00+02:00',
  location: 'Studio Bleu',
  repeat: { every: 'week', until: '2026-11-04' },
};
const starts = (items: { startsAt: string }[]) => items.map((item) => item.startsAt);

async function aSeries(): Promise<{ id: string; startsAt: string; seriesId: string }[]> {
  const created = await admin.post(`/api/bands/${bandId}/rehearsals`, SERIES);
  expect(created.status).toBe(201);
  return created.body.items;
}

describe('rehearsals', () => {
  it('plans a weekly series at 20:00 in Paris on every date, across the change to winter time', async () => {
    const items = await aSeries();
    expect(starts(items)).toEqual([
      '2026-10-14T18:00:00.000Z',
      '2026-10-21T18:00:00.000Z',
      '2026-10-28T19:00:00.000Z',
      '2026-11-04T19:00:00.000Z',
    ]);
    expect(items.map((item: any) => item.endsAt)).toEqual([
      '2026-10-14T20:30:00.000Z',
      '2026-10-21T20:30:00.000Z',
      '2026-10-28T21:30:00.000Z',
      '2026-11-04T21:30:00.000Z',
    ]);
    expect(new Set(items.map((item) => item.seriesId)).size).toBe(1);
    const read = await member.get(`/api/rehearsals/${items[2]!.id}`);
    expect(read.body).toEqual({
      id: items[2]!.id,
      bandId,
      seriesId: items[0]!.seriesId,
      startsAt: '2026-10-28T19:00:00.000Z',
      endsAt: '2026-10-28T21:30:00.000Z',
      timeZone: 'Europe/Paris',
      location: 'Studio Bleu',
      notes: null,
      songIds: [],
      status: 'planned',
      attendance: [
        { userId: admin.id, displayName: 'Léa', status: null, comment: null, answeredAt: null },
        { userId: member.id, displayName: 'Sam', status: null, comment: null, answeredAt: null },
      ],
      seriesEnd: { laterDates: 1, lastStartsAt: '2026-11-04T19:00:00.000Z' },
    });
    expect(items.map((item: any) => item.seriesEnd.laterDates)).toEqual([3, 2, 1, 0]);
  });

  it('says what is left of a series from each date: the later dates not cancelled, and the last', async () => {
    const items = await aSeries();
    await admin.patch(`/api/rehearsals/${items[3]!.id}`, { status: 'cancelled' });
    const seriesEnd = async (index: number) => (await member.get(`/api/rehearsals/${items[index]!.id}`)).body.seriesEnd;
    expect(await seriesEnd(0)).toEqual({ laterDates: 2, lastStartsAt: '2026-10-28T19:00:00.000Z' });
    expect(await seriesEnd(2)).toEqual({ laterDates: 0, lastStartsAt: '2026-10-28T19:00:00.000Z' });
  });

  it('plans a single date without a series', async () => {
    const created = await admin.post(`/api/bands/${bandId}/rehearsals`, { startsAt: '2026-12-03T20:00:00+01:00' });
    expect(created.status).toBe(201);
    expect(created.body.items).toEqual([expect.objectContaining({ seriesId: null, endsAt: null, seriesEnd: null })]);
  });

  it('moves one date alone, then it and the following ones by the same shift on the band’s clock', async () => {
    const items = await aSeries();
    const alone = await admin.patch(`/api/rehearsals/${items[0]!.id}`, { startsAt: '2026-10-14T19:00:00+02:00' });
    expect(alone.status).toBe(200);
    expect(alone.body).toMatchObject({ startsAt: '2026-10-14T17:00:00.000Z', endsAt: '2026-10-14T19:30:00.000Z' });
    const moved = await admin.patch(`/api/rehearsals/${items[1]!.id}?scope=following`, {
      startsAt: '2026-10-22T21:00:00+02:00',
    });
    expect(moved.status).toBe(200);
    const after = await Promise.all(items.map(async (item) => (await member.get(`/api/rehearsals/${item.id}`)).body));
    expect(starts(after)).toEqual([
      '2026-10-14T17:00:00.000Z',
      '2026-10-22T19:00:00.000Z',
      '2026-10-29T20:00:00.000Z', // 21:00 in winter time
      '2026-11-05T20:00:00.000Z',
    ]);
  });

  it('cancels the following dates, and deletes one date alone or with the following ones', async () => {
    const items = await aSeries();
    expect((await admin.patch(`/api/rehearsals/${items[2]!.id}?scope=following`, { status: 'cancelled' })).status).toBe(
      200,
    );
    const statuses = async () =>
      Promise.all(items.map(async (item) => (await member.get(`/api/rehearsals/${item.id}`)).body.status));
    expect(await statuses()).toEqual(['planned', 'planned', 'cancelled', 'cancelled']);
    expect((await admin.delete(`/api/rehearsals/${items[0]!.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/rehearsals/${items[2]!.id}?scope=following`)).status).toBe(204);
    const codes = await Promise.all(items.map(async (item) => (await member.get(`/api/rehearsals/${item.id}`)).status));
    expect(codes).toEqual([404, 200, 404, 404]);
  });

  it('keeps the songs to work on, from the band’s repertoire only', async () => {
    const song = await admin.post(`/api/bands/${bandId}/songs`, { title: 'Zombie' });
    const otherBand = await fixture.band(admin, [], 'Autre groupe');
    const foreign = await admin.post(`/api/bands/${otherBand}/songs`, { title: 'Creep' });
    const start = { startsAt: '2026-12-03T20:00:00+01:00' };
    const planned = await admin.post(`/api/bands/${bandId}/rehearsals`, { ...start, songIds: [song.body.id] });
    expect(planned.body.items[0].songIds).toEqual([song.body.id]);
    const refused = await admin.post(`/api/bands/${bandId}/rehearsals`, { ...start, songIds: [foreign.body.id] });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'SCHEDULE.SONG_NOT_IN_REPERTOIRE', errors: [{ field: 'songIds' }] });
    const changed = await admin.patch(`/api/rehearsals/${planned.body.items[0].id}`, { songIds: [foreign.body.id] });
    expect(changed.status).toBe(422);
  });

  it.each([
    ['an end before the start', { ...SERIES, endsAt: '2026-10-14T19:00:00+02:00' }, 'endsAt'],
    ['a series over a year', { ...SERIES, repeat: { every: 'week', until: '2027-10-15' } }, 'repeat.until'],
    ['an until before the start', { ...SERIES, repeat: { every: 'week', until: '2026-10-13' } }, 'repeat.until'],
    ['an until of 2026-02-30', { ...SERIES, repeat: { every: 'week', until: '2026-02-30' } }, 'repeat.until'],
    ['an until with a time', { ...SERIES, repeat: { every: 'week', until: '2026-11-04T20:00' } }, 'repeat.until'],
    ['every month', { ...SERIES, repeat: { every: 'month', until: '2026-11-04' } }, 'repeat.every'],
    ['a start of 2026-02-30', { startsAt: '2026-02-30T20:00:00+01:00' }, 'startsAt'],
    ['a song that is no id', { ...SERIES, songIds: ['zombie'] }, 'songIds'],
    ['an unknown field', { ...SERIES, title: 'Répète' }, 'title'],
    ['an unknown field in repeat', { ...SERIES, repeat: { ...SERIES.repeat, count: 3 } }, 'repeat.count'],
  ])('refuses %s with a 400 naming the field', async (_case, body, field) => {
    const response = await admin.post(`/api/bands/${bandId}/rehearsals`, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('refuses a scope it does not know', async () => {
    const [first] = await aSeries();
    const response = await admin.delete(`/api/rehearsals/${first!.id}?scope=all`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('scope');
  });
});
