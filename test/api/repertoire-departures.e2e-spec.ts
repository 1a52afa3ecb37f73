// A member who leaves a band, is removed from it, or deletes their account keeps nothing in its
// repertoire: their votes on open suggestions are withdrawn, their levels and private notes deleted;
// a song's vote count at promotion stays (ADR 0027). The repertoire hears it after the band's commit.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { BandFixture } from '../support/band-fixture.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
});
afterAll(() => testApp.close());

/** Léa (admin) and Max (member) stay; Sam votes on two suggestions, one promoted, and rates a song. */
async function bandWhereSamTookPart() {
  const [lea, sam, max] = [await fixture.person('Léa'), await fixture.person('Sam'), await fixture.person('Max')];
  const bandId = await fixture.band(lea, [
    [sam, 'member'],
    [max, 'member'],
  ]);
  const open = (await max.post(`/api/bands/${bandId}/suggestions`, { title: 'Zombie' })).body.id as string;
  const toPromote = (await max.post(`/api/bands/${bandId}/suggestions`, { title: 'Africa' })).body.id as string;
  for (const person of [sam, max]) {
    for (const id of [open, toPromote]) expect((await person.post(`/api/suggestions/${id}/vote`)).status).toBe(200);
  }
  const songId = (await lea.post(`/api/suggestions/${toPromote}/promote`)).body.song.id as string;
  await lea.put(`/api/songs/${songId}/progress`, { level: 9 });
  await sam.put(`/api/songs/${songId}/progress`, { level: 2, note: 'Sam’s private note' });
  expect((await lea.get(`/api/songs/${songId}`)).body).toMatchObject({ bandAverageLevel: 5.5, ratedBy: 2 });

  const counts = async () => ({
    votes: (await lea.get(`/api/bands/${bandId}/suggestions`)).body.items.map((s: { votes: number }) => s.votes),
    song: await lea.get(`/api/songs/${songId}`).then(({ body }) => ({
      ratedBy: body.ratedBy,
      bandAverageLevel: body.bandAverageLevel,
      levels: body.levels,
      votesAtPromotion: body.votesAtPromotion,
    })),
    list: (await lea.get(`/api/bands/${bandId}/songs`)).body.items.map((s: { ratedBy: number }) => s.ratedBy),
  });
  const after = { votes: [1], song: { ratedBy: 1, bandAverageLevel: 9, levels: [], votesAtPromotion: 2 }, list: [1] };
  const inviteCode = (await lea.get(`/api/bands/${bandId}`)).body.inviteCode as string;
  return { lea, sam, bandId, songId, inviteCode, counts, after };
}

describe('what a former member leaves in the repertoire', () => {
  it('a member who leaves: their votes and their progress go, the promotion count stays', async () => {
    const { sam, bandId, songId, inviteCode, counts, after } = await bandWhereSamTookPart();
    expect((await sam.delete(`/api/bands/${bandId}/members/${sam.id}`)).status).toBe(204);
    await eventually(counts, after);
    // Back in the band, Sam starts afresh: the note is gone.
    expect((await sam.post('/api/bands/join', { inviteCode })).status).toBe(200);
    expect((await sam.get(`/api/songs/${songId}`)).body).toMatchObject({ myProgress: null, levels: [9] });
    expect((await sam.get(`/api/bands/${bandId}/suggestions`)).body.items[0]).toMatchObject({ votedByMe: false });
  });

  it('a member who is removed: the same', async () => {
    const { lea, sam, bandId, songId, inviteCode, counts, after } = await bandWhereSamTookPart();
    expect((await lea.delete(`/api/bands/${bandId}/members/${sam.id}`)).status).toBe(204);
    await eventually(counts, after);
    await sam.post('/api/bands/join', { inviteCode });
    expect((await sam.get(`/api/songs/${songId}`)).body.myProgress).toBeNull();
  });

  it('a member who deletes their account: the same', async () => {
    const { sam, counts, after } = await bandWhereSamTookPart();
    expect((await sam.request('DELETE', '/api/me', { json: { password: 'correct horse' } })).status).toBe(204);
    await eventually(counts, after);
  });

  it('votes again and rates again after rejoining: counted as any member’s', async () => {
    const { sam, bandId, songId, inviteCode, counts, after, lea } = await bandWhereSamTookPart();
    await sam.delete(`/api/bands/${bandId}/members/${sam.id}`);
    await eventually(counts, after);
    await sam.post('/api/bands/join', { inviteCode });
    const open = (await lea.get(`/api/bands/${bandId}/suggestions`)).body.items[0].id as string;
    expect((await sam.post(`/api/suggestions/${open}/vote`)).body).toEqual({ votes: 2, votedByMe: true });
    expect((await sam.put(`/api/songs/${songId}/progress`, { level: 5 })).body).toMatchObject({ ratedBy: 2 });
  });
});

describe('a departure the repertoire never heard of (the process stopped after the band’s commit)', () => {
  it('is handled when the next process starts, before it serves: the same as any departure', async () => {
    const { sam, bandId, counts, after } = await bandWhereSamTookPart();
    const db = new pg.Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      // What RemoveMemberHandler committed, without the MemberLeftBand that would follow it.
      await db.query('delete from memberships where band_id = $1 and user_id = $2', [bandId, sam.id]);
    } finally {
      await db.end();
    }
    const next = await startTestApp({ DATABASE_URL: testApp.databaseUrl! });
    try {
      expect(await counts()).toEqual(after);
    } finally {
      await next.close();
    }
  });
});
