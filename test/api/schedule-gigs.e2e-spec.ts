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

const GIG = { title: 'Fête de la musique', startsAt: '2027-06-21T20:00:00+02:00' };

describe('gigs', () => {
  it('plans a gig across midnight, answered in UTC with the band’s time zone, and every member’s attendance', async () => {
    const created = await admin.post(`/api/bands/${bandId}/gigs`, {
      ...GIG,
      endsAt: '2027-06-22T01:30:00+02:00',
      location: 'Le Petit Bain',
      address: '7 port de la Gare\n75013 Paris',
      feeCents: 45000,
      notes: 'Balances à 17 h',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      bandId,
      title: 'Fête de la musique',
      startsAt: '2027-06-21T18:00:00.000Z',
      endsAt: '2027-06-21T23:30:00.000Z',
      timeZone: 'Europe/Paris',
      location: 'Le Petit Bain',
      address: '7 port de la Gare\n75013 Paris',
      feeCents: 45000,
      currency: 'EUR',
      notes: 'Balances à 17 h',
      status: 'planned',
      setlist: { items: [], sets: [], totalSeconds: 0, untimedSongs: 0 },
      attendance: [
        { userId: admin.id, displayName: 'Léa', status: null, comment: null, answeredAt: null },
        { userId: member.id, displayName: 'Sam', status: null, comment: null, answeredAt: null },
      ],
    });
    const read = await member.get(`/api/gigs/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('changes a gig field by field, null clearing one, and deletes it', async () => {
    const { body: gig } = await admin.post(`/api/bands/${bandId}/gigs`, { ...GIG, location: 'Bar', feeCents: 100 });
    const changed = await admin.patch(`/api/gigs/${gig.id}`, {
      location: null,
      currency: 'CHF',
      status: 'confirmed',
      startsAt: '2027-06-21T21:00:00+02:00',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: GIG.title,
      location: null,
      feeCents: 100,
      currency: 'CHF',
      status: 'confirmed',
      startsAt: '2027-06-21T19:00:00.000Z',
    });
    expect((await admin.delete(`/api/gigs/${gig.id}`)).status).toBe(204);
    expect((await member.get(`/api/gigs/${gig.id}`)).status).toBe(404);
  });

  it.each([
    ['an end before the start', { ...GIG, endsAt: '2027-06-21T19:00:00+02:00' }, 'endsAt'],
    ['an end at the start', { ...GIG, endsAt: GIG.startsAt }, 'endsAt'],
    ['a day that does not exist', { ...GIG, startsAt: '2026-02-30T20:00:00+01:00' }, 'startsAt'],
    ['a time without its offset', { ...GIG, startsAt: '2027-06-21T20:00:00' }, 'startsAt'],
    ['a date alone', { ...GIG, startsAt: '2027-06-21' }, 'startsAt'],
    ['a fee of -1', { ...GIG, feeCents: -1 }, 'feeCents'],
    ['a fee of 1.5', { ...GIG, feeCents: 1.5 }, 'feeCents'],
    ['a fee as text', { ...GIG, feeCents: '100' }, 'feeCents'],
    ['a currency that is none', { ...GIG, currency: 'XYZ' }, 'currency'],
    ['a currency in small letters', { ...GIG, currency: 'eur' }, 'currency'],
    ['an unknown status', { ...GIG, status: 'maybe' }, 'status'],
    ['an empty title', { ...GIG, title: '  ' }, 'title'],
    ['no title', { startsAt: GIG.startsAt }, 'title'],
    ['an unknown field', { ...GIG, setlist: [] }, 'setlist'],
  ])('refuses %s with a 400 naming the field', async (_case, body, field) => {
    const response = await admin.post(`/api/bands/${bandId}/gigs`, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('refuses a change that would put the end before the start', async () => {
    const { body: gig } = await admin.post(`/api/bands/${bandId}/gigs`, {
      ...GIG,
      endsAt: '2027-06-21T23:00:00+02:00',
    });
    const response = await admin.patch(`/api/gigs/${gig.id}`, { startsAt: '2027-06-22T00:00:00+02:00' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'SCHEDULE.END_BEFORE_START', errors: [{ field: 'endsAt' }] });
  });
});
