import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let admin: Person;
let member: Person;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  admin = await fixture.person('Léa');
  member = await fixture.person('Sam');
});
afterAll(() => testApp.close());

describe('the rehearsal planner', () => {
  it('proposes the next gig’s songs not mastered, then the weakest, then the ones not rehearsed for long, each with its reason', async () => {
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const song = async (title: string) => (await admin.post(`/api/bands/${bandId}/songs`, { title })).body.id as string;
    const [forTheGig, weak, rusty, mastered] = [
      await song('Pour le concert'),
      await song('Fragile'),
      await song('Rouillée'),
      await song('Maîtrisée'),
    ];
    await admin.patch(`/api/songs/${mastered}`, { mastered: true });
    await admin.patch(`/api/songs/${rusty}`, { mastered: true });
    for (const person of [admin, member]) await person.put(`/api/songs/${weak}/progress`, { level: 3 });
    for (const person of [admin, member]) await person.put(`/api/songs/${mastered}/progress`, { level: 9 });
    const past = await admin.post(`/api/bands/${bandId}/rehearsals`, {
      startsAt: '2027-01-07T20:00:00+01:00',
      songIds: [rusty, mastered],
    });
    await admin.post(`/api/bands/${bandId}/rehearsals`, { startsAt: '2027-02-04T20:00:00+01:00', songIds: [mastered] });
    const target = await admin.post(`/api/bands/${bandId}/rehearsals`, { startsAt: '2027-02-11T20:00:00+01:00' });
    expect([past.status, target.status]).toEqual([201, 201]);
    const gig = await admin.post(`/api/bands/${bandId}/gigs`, { title: 'Fête', startsAt: '2027-03-01T20:00:00+01:00' });
    await admin.put(`/api/gigs/${gig.body.id}/setlist`, { items: [{ songId: forTheGig }, { songId: mastered }] });

    const proposed = await admin.get(`/api/rehearsals/${target.body.items[0].id}/proposed-songs`);
    expect(proposed.status).toBe(200);
    expect(proposed.body).toEqual([
      {
        songId: forTheGig,
        title: 'Pour le concert',
        reason: { code: 'in-next-gig-not-mastered', gigTitle: 'Fête', gigStartsAt: '2027-03-01T19:00:00.000Z' },
      },
      { songId: weak, title: 'Fragile', reason: { code: 'low-band-average', average: 3 } },
      { songId: rusty, title: 'Rouillée', reason: { code: 'not-rehearsed-for-long', days: 35 } },
    ]);
  });

  it('is for managers: a member is refused, someone outside the band told it does not exist', async () => {
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const stranger = await fixture.person('Zoé');
    const { body } = await admin.post(`/api/bands/${bandId}/rehearsals`, { startsAt: '2027-02-11T20:00:00+01:00' });
    const path = `/api/rehearsals/${body.items[0].id}/proposed-songs`;
    expect((await admin.get(path)).body).toEqual([]);
    expect((await member.get(path)).status).toBe(403);
    expect((await stranger.get(path)).status).toBe(404);
  });
});
