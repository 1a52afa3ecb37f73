import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { statementsDuring } from '../support/round-trips.js';
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

describe('the home dashboard', () => {
  it('shows the next gig and rehearsal, the dates I have not answered, the top suggestions and the songs I know least', async () => {
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const series = await admin.post(`/api/bands/${bandId}/rehearsals`, {
      startsAt: '2027-01-07T20:00:00+01:00',
      location: 'Studio Bleu',
      repeat: { every: 'week', until: '2027-01-21' },
    });
    const [first, second, third] = series.body.items as { id: string }[];
    await admin.patch(`/api/rehearsals/${first!.id}?scope=this`, { status: 'cancelled' });
    await member.put(`/api/rehearsals/${second!.id}/attendance`, { status: 'yes' });
    const gig = await admin.post(`/api/bands/${bandId}/gigs`, { title: 'Fête', startsAt: '2027-06-21T20:00:00+02:00' });
    await admin.post(`/api/bands/${bandId}/gigs`, { title: 'Passé', startsAt: '2020-06-21T20:00:00+02:00' });
    const [liked, other] = [
      (await member.post(`/api/bands/${bandId}/suggestions`, { title: 'Aimée' })).body.id,
      (await member.post(`/api/bands/${bandId}/suggestions`, { title: 'Autre' })).body.id,
    ];
    await admin.post(`/api/suggestions/${liked}/vote`);
    await member.post(`/api/suggestions/${liked}/vote`);
    const [known, unknown] = [
      (await admin.post(`/api/bands/${bandId}/songs`, { title: 'Connue' })).body.id,
      (await admin.post(`/api/bands/${bandId}/songs`, { title: 'Inconnue' })).body.id,
    ];
    await member.put(`/api/songs/${known}/progress`, { level: 8 });

    const dashboard = await member.get(`/api/bands/${bandId}/dashboard`);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toEqual({
      timeZone: 'Europe/Paris',
      nextGig: {
        id: gig.body.id,
        type: 'gig',
        title: 'Fête',
        startsAt: '2027-06-21T18:00:00.000Z',
        endsAt: null,
        location: null,
        status: 'planned',
        myAttendance: null,
      },
      nextRehearsal: expect.objectContaining({ id: second!.id, myAttendance: 'yes', location: 'Studio Bleu' }),
      topSuggestions: [
        { id: liked, title: 'Aimée', artist: null, votes: 2, votedByMe: true },
        { id: other, title: 'Autre', artist: null, votes: 0, votedByMe: false },
      ],
      songsToWork: [
        { id: unknown, title: 'Inconnue', artist: null, myLevel: null, bandAverageLevel: null },
        { id: known, title: 'Connue', artist: null, myLevel: 8, bandAverageLevel: 8 },
      ],
      pendingAnswers: [expect.objectContaining({ id: third!.id }), expect.objectContaining({ id: gig.body.id })],
    });
  });

  it('costs a fixed number of database round trips whatever the band holds (no N+1)', async () => {
    const bandId = await fixture.band(admin, [[member, 'member']]);
    const trips = async () => (await statementsDuring(() => member.get(`/api/bands/${bandId}/dashboard`))).length;
    const empty = await trips();
    for (let index = 0; index < 5; index++) {
      await admin.post(`/api/bands/${bandId}/gigs`, {
        title: `Concert ${index}`,
        startsAt: '2027-06-21T20:00:00+02:00',
      });
      await member.post(`/api/bands/${bandId}/suggestions`, { title: `Idée ${index}` });
      await admin.post(`/api/bands/${bandId}/songs`, { title: `Morceau ${index}` });
    }
    expect(await trips()).toBe(empty);
  });

  it('is for members: someone outside the band is told it does not exist', async () => {
    const bandId = await fixture.band(admin);
    const stranger = await fixture.person('Zoé');
    expect((await stranger.get(`/api/bands/${bandId}/dashboard`)).status).toBe(404);
    expect((await admin.get(`/api/bands/${bandId}/dashboard`)).body).toMatchObject({
      nextGig: null,
      nextRehearsal: null,
      topSuggestions: [],
      songsToWork: [],
      pendingAnswers: [],
    });
  });
});
