import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let admin: Person;
let manager: Person;
let member: Person;
let stranger: Person;
let bandId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  [admin, manager, member, stranger] = await Promise.all(
    ['Léa', 'Max', 'Sam', 'Zoé'].map((name) => fixture.person(name)),
  );
  bandId = await fixture.band(admin, [
    [manager, 'manager'],
    [member, 'member'],
  ]);
});
afterAll(() => testApp.close());

const aGig = async (startsAt = '2027-06-21T20:00:00+02:00') =>
  (await manager.post(`/api/bands/${bandId}/gigs`, { title: 'Fête de la musique', startsAt })).body.id as string;

const aSong = async (title: string, fields: { durationSec?: number; key?: string; bpm?: number } = {}, band = bandId) =>
  (await admin.post(`/api/bands/${band}/songs`, { title, ...fields })).body.id as string;

describe('setlists', () => {
  it('saves a running order with its breaks, timed set by set, and the gig carries it for every member', async () => {
    const gigId = await aGig();
    const zombie = await aSong('Zombie', { durationSec: 306, key: 'Em', bpm: 84 });
    const creep = await aSong('Creep', { durationSec: 238 });
    const untimed = await aSong('Africa');
    const saved = await manager.put(`/api/gigs/${gigId}/setlist`, {
      items: [
        { songId: zombie },
        { songId: untimed },
        { break: true, label: 'Entracte' },
        { songId: creep },
        { songId: zombie },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      items: [
        { type: 'song', songId: zombie, title: 'Zombie', artist: null, key: 'Em', bpm: 84, durationSec: 306 },
        { type: 'song', songId: untimed, title: 'Africa', artist: null, key: null, bpm: null, durationSec: null },
        { type: 'break', label: 'Entracte' },
        { type: 'song', songId: creep, title: 'Creep', artist: null, key: null, bpm: null, durationSec: 238 },
        { type: 'song', songId: zombie, title: 'Zombie', artist: null, key: 'Em', bpm: 84, durationSec: 306 },
      ],
      sets: [
        { label: null, songCount: 2, totalSeconds: 306, untimedSongs: 1 },
        { label: 'Entracte', songCount: 2, totalSeconds: 544, untimedSongs: 0 },
      ],
      totalSeconds: 850,
      untimedSongs: 1,
    });
    expect((await member.get(`/api/gigs/${gigId}`)).body.setlist).toEqual(saved.body);
  });

  it('lets managers and admins save it, and refuses a member (403) and someone outside the band (404)', async () => {
    const gigId = await aGig();
    const song = await aSong('Hallelujah');
    const items = [{ songId: song }];
    expect((await admin.put(`/api/gigs/${gigId}/setlist`, { items })).status).toBe(200);
    expect((await manager.put(`/api/gigs/${gigId}/setlist`, { items: [] })).status).toBe(200);
    const refused = await member.put(`/api/gigs/${gigId}/setlist`, { items });
    expect(refused.status).toBe(403);
    expect((await stranger.put(`/api/gigs/${gigId}/setlist`, { items })).status).toBe(404);
    expect((await member.get(`/api/gigs/${gigId}`)).body.setlist.items).toEqual([]);
  });

  it('refuses another band’s song or a suggestion (422) and keeps the setlist as it was', async () => {
    const gigId = await aGig();
    const ours = await aSong('Ours');
    await manager.put(`/api/gigs/${gigId}/setlist`, { items: [{ songId: ours }] });
    const otherBand = await fixture.band(admin, [], 'Les Autres');
    const theirs = await aSong('Theirs', {}, otherBand);
    const suggestion = (await member.post(`/api/bands/${bandId}/suggestions`, { title: 'Idée' })).body.id;
    for (const songId of [theirs, suggestion]) {
      const refused = await manager.put(`/api/gigs/${gigId}/setlist`, { items: [{ songId: ours }, { songId }] });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'SCHEDULE.SONG_NOT_IN_REPERTOIRE' });
    }
    expect((await member.get(`/api/gigs/${gigId}`)).body.setlist.items).toMatchObject([{ songId: ours }]);
  });

  it.each([
    ['no items', {}],
    ['items that are not a list', { items: { songId: 'x' } }],
    ['151 items', { items: Array.from({ length: 151 }, () => ({ break: true })) }],
    ['an item both a song and a break', { items: [{ songId: '0190c0de-0000-7000-8000-000000000001', break: true }] }],
    ['an empty item', { items: [{}] }],
    ['a break that is false', { items: [{ break: false }] }],
    ['a label on a song', { items: [{ songId: '0190c0de-0000-7000-8000-000000000001', label: 'x' }] }],
    ['a song id that is no uuid', { items: [{ songId: 'zombie' }] }],
    ['a label over 60 characters', { items: [{ break: true, label: 'x'.repeat(61) }] }],
    ['a label of two lines', { items: [{ break: true, label: 'Set\n2' }] }],
    ['an unknown field', { items: [{ break: true, position: 2 }] }],
  ])('refuses %s with a 400 and keeps the setlist', async (_, body) => {
    const gigId = await aGig();
    const song = await aSong('Kept');
    await manager.put(`/api/gigs/${gigId}/setlist`, { items: [{ songId: song }] });
    const refused = await manager.put(`/api/gigs/${gigId}/setlist`, body);
    expect(refused.status).toBe(400);
    expect((await member.get(`/api/gigs/${gigId}`)).body.setlist.items).toMatchObject([{ songId: song }]);
  });

  it('ends two managers saving at the same moment with one whole setlist, never a mix', async () => {
    const gigId = await aGig();
    const songs = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((title) => aSong(title)));
    const mine = songs.slice(0, 3).map((songId) => ({ songId }));
    const theirs = songs.slice(3).map((songId) => ({ songId }));
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all([
        admin.put(`/api/gigs/${gigId}/setlist`, { items: mine }),
        manager.put(`/api/gigs/${gigId}/setlist`, { items: theirs }),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
      const kept = (await member.get(`/api/gigs/${gigId}`)).body.setlist.items.map(
        (item: { songId: string }) => item.songId,
      );
      expect([songs.slice(0, 3), songs.slice(3)]).toContainEqual(kept);
    }
  });

  it('refuses to remove or demote a song a gig to come holds (409), and lets it go once the gig is cancelled', async () => {
    const gigId = await aGig();
    const song = await aSong('Tenue');
    await manager.put(`/api/gigs/${gigId}/setlist`, { items: [{ songId: song }] });
    const removal = await manager.delete(`/api/songs/${song}`);
    expect(removal.status).toBe(409);
    expect(removal.body).toMatchObject({ code: 'REPERTOIRE.SONG_IN_SETLIST' });
    expect((await manager.post(`/api/songs/${song}/demote`)).status).toBe(409);
    await manager.patch(`/api/gigs/${gigId}`, { status: 'cancelled' });
    expect((await manager.delete(`/api/songs/${song}`)).status).toBe(204);
    expect((await member.get(`/api/gigs/${gigId}`)).body.setlist).toMatchObject({ items: [], sets: [] });
  });

  it('lets a song of a past gig go, and the past setlist loses it', async () => {
    const gigId = await aGig('2020-06-21T20:00:00+02:00');
    const [kept, removed] = [await aSong('Gardée'), await aSong('Partie')];
    await manager.put(`/api/gigs/${gigId}/setlist`, { items: [{ songId: kept }, { songId: removed }] });
    expect((await manager.delete(`/api/songs/${removed}`)).status).toBe(204);
    expect((await member.get(`/api/gigs/${gigId}`)).body.setlist.items).toMatchObject([{ songId: kept }]);
  });

  it('answers 404 for an unknown gig', async () => {
    const response = await manager.put('/api/gigs/0190c0de-0000-7000-8000-000000000009/setlist', { items: [] });
    expect(response.status).toBe(404);
  });
});
