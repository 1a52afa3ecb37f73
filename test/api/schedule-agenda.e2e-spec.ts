import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let admin: Person;
let member: Person;
let bandId: string;

/** In Paris: weekly rehearsals on Thursdays of January 2027, two gigs, and a past rehearsal and gig. */
beforeAll(async () => {
  testApp = await startTestApp();
  const fixture = new BandFixture(testApp.baseUrl);
  admin = await fixture.person('Léa');
  member = await fixture.person('Sam');
  bandId = await fixture.band(admin, [[member, 'member']]);
  const post = async (path: string, body: object) => {
    const response = await admin.post(`/api/bands/${bandId}/${path}`, body);
    expect(response.status).toBe(201);
    return response.body;
  };
  await post('rehearsals', {
    startsAt: '2027-01-07T20:00:00+01:00',
    location: 'Studio Bleu',
    repeat: { every: 'week', until: '2027-01-28' },
  });
  const gig = await post('gigs', { title: 'Galette des rois', startsAt: '2027-01-09T21:00:00+01:00' });
  await post('gigs', { title: 'Carnaval', startsAt: '2027-02-13T21:00:00+01:00', status: 'confirmed' });
  await post('rehearsals', { startsAt: '2025-06-05T20:00:00+02:00' });
  await post('gigs', { title: 'Fête de la musique', startsAt: '2025-06-21T20:00:00+02:00' });
  await member.put(`/api/gigs/${gig.id}/attendance`, { status: 'yes' });
  // Another band's events never show.
  const other = await fixture.band(admin, [], 'Autre groupe');
  await admin.post(`/api/bands/${other}/gigs`, { title: 'Ailleurs', startsAt: '2027-01-08T21:00:00+01:00' });
});
afterAll(() => testApp.close());

const shown = (items: { startsAt: string; type: string; title: string | null }[]) =>
  items.map((item) => `${item.startsAt.slice(0, 10)} ${item.title ?? item.type}`);

describe('agenda', () => {
  it('lists the upcoming rehearsals and gigs in time order, with my answer, in the band’s time zone', async () => {
    const response = await member.get(`/api/bands/${bandId}/agenda`);
    expect(response.status).toBe(200);
    expect(response.body.timeZone).toBe('Europe/Paris');
    expect(response.body.nextCursor).toBeNull();
    expect(shown(response.body.items)).toEqual([
      '2027-01-07 rehearsal',
      '2027-01-09 Galette des rois',
      '2027-01-14 rehearsal',
      '2027-01-21 rehearsal',
      '2027-01-28 rehearsal',
      '2027-02-13 Carnaval',
    ]);
    expect(response.body.items[0]).toEqual({
      id: expect.any(String),
      type: 'rehearsal',
      title: null,
      startsAt: '2027-01-07T19:00:00.000Z',
      endsAt: null,
      location: 'Studio Bleu',
      status: 'planned',
      myAttendance: null,
    });
    expect(response.body.items[1]).toMatchObject({ type: 'gig', myAttendance: 'yes' });
    expect((await admin.get(`/api/bands/${bandId}/agenda`)).body.items[1].myAttendance).toBeNull();
  });

  it('lists the past latest first, filters by type and by dates', async () => {
    const past = await member.get(`/api/bands/${bandId}/agenda?when=past`);
    expect(shown(past.body.items)).toEqual(['2025-06-21 Fête de la musique', '2025-06-05 rehearsal']);
    const gigs = await member.get(`/api/bands/${bandId}/agenda?type=gig`);
    expect(shown(gigs.body.items)).toEqual(['2027-01-09 Galette des rois', '2027-02-13 Carnaval']);
    const from = encodeURIComponent('2025-01-01T00:00:00+01:00');
    const to = encodeURIComponent('2027-01-14T20:00:00+01:00');
    const range = await member.get(`/api/bands/${bandId}/agenda?from=${from}&to=${to}&type=rehearsal`);
    expect(shown(range.body.items)).toEqual(['2025-06-05 rehearsal', '2027-01-07 rehearsal']);
  });

  it('hands out pages with a cursor, to the last one', async () => {
    const seen: string[] = [];
    let path = `/api/bands/${bandId}/agenda?limit=4`;
    for (let pages = 0; pages < 5; pages++) {
      const { body } = await member.get(path);
      seen.push(...shown(body.items));
      if (!body.nextCursor) break;
      path = `/api/bands/${bandId}/agenda?limit=4&cursor=${body.nextCursor}`;
    }
    expect(seen).toEqual(shown((await member.get(`/api/bands/${bandId}/agenda`)).body.items));
    const first = await member.get(`/api/bands/${bandId}/agenda?limit=2`);
    const otherFilter = await member.get(`/api/bands/${bandId}/agenda?type=gig&cursor=${first.body.nextCursor}`);
    expect(otherFilter.status).toBe(400);
    expect(otherFilter.body.code).toBe('SCHEDULE.INVALID_CURSOR');
  });

  it.each([
    ['a range that ends before it starts', '?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z', 'to'],
    ['a day that does not exist', '?from=2026-02-30T00:00:00Z', 'from'],
    ['a date without its time', '?from=2027-01-01', 'from'],
    ['an unknown type', '?type=concert', 'type'],
    ['an unknown when', '?when=soon', 'when'],
    ['a limit of 0', '?limit=0', 'limit'],
    ['a limit of 1.5', '?limit=1.5', 'limit'],
    ['a cursor it did not hand out', '?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['an unknown parameter', '?sort=title', 'sort'],
  ])('refuses %s with a 400 naming the field', async (_case, query, field) => {
    const response = await member.get(`/api/bands/${bandId}/agenda${query.replace(/\+/g, '%2B')}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });
});

describe('the schedule with PERSISTENCE=memory', () => {
  it('plans, answers and lists as on PostgreSQL', async () => {
    const memoryApp = await startTestApp({ PERSISTENCE: 'memory' });
    try {
      const people = new BandFixture(memoryApp.baseUrl);
      const [lea, sam] = [await people.person('Léa'), await people.person('Sam')];
      const band = await people.band(lea, [[sam, 'member']]);
      const gig = await lea.post(`/api/bands/${band}/gigs`, { title: 'Fête', startsAt: '2027-06-21T20:00:00+02:00' });
      const series = await lea.post(`/api/bands/${band}/rehearsals`, {
        startsAt: '2027-06-03T20:00:00+02:00',
        repeat: { every: 'fortnight', until: '2027-06-17' },
      });
      expect(series.body.items).toHaveLength(2);
      expect((await sam.put(`/api/gigs/${gig.body.id}/attendance`, { status: 'no' })).status).toBe(200);
      const agenda = await sam.get(`/api/bands/${band}/agenda`);
      expect(
        agenda.body.items.map((item: { type: string; myAttendance: string | null }) => [item.type, item.myAttendance]),
      ).toEqual([
        ['rehearsal', null],
        ['rehearsal', null],
        ['gig', 'no'],
      ]);
    } finally {
      await memoryApp.close();
    }
  });
});
