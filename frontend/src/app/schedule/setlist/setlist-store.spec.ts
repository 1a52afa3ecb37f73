import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import {
  aMeInABand,
  aProblem,
  aSongSummary,
  BAND_ID,
  bandTestProviders,
  failWith,
  settle,
  startSession,
} from '../../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../../testing/live';
import { GigResponse, SetlistItemResponse } from '../../core/api/api-types.generated';
import { moveItem } from '../running-order/reorder';
import { SetlistStore } from './setlist-store';

const GIG_ID = 'gig-1';
const gigUrl = `/api/gigs/${GIG_ID}`;
const songsUrl = `/api/bands/${BAND_ID}/songs?limit=200`;

const item = (songId: string, title: string, durationSec: number | null): SetlistItemResponse => ({
  type: 'song',
  songId,
  title,
  artist: null,
  key: null,
  bpm: null,
  durationSec,
});

function aGig(items: SetlistItemResponse[]): GigResponse {
  return {
    id: GIG_ID,
    bandId: BAND_ID,
    startsAt: '2027-06-21T18:00:00.000Z',
    endsAt: null,
    timeZone: 'Europe/Paris',
    location: null,
    notes: null,
    attendance: [],
    title: 'Fête de la musique',
    address: null,
    feeCents: null,
    currency: 'EUR',
    status: 'planned',
    setlist: { items, sets: [], totalSeconds: 0, untimedSongs: 0 },
  };
}

const saved = [item('s1', 'Respect', 147), { type: 'break' as const, label: 'Rappel' }, item('s2', 'Valerie', null)];

let sockets: FakeSockets;

async function start(role: 'member' | 'manager'): Promise<{ http: HttpTestingController; store: SetlistStore }> {
  localStorage.clear();
  sockets = new FakeSockets();
  TestBed.configureTestingModule({ providers: [...bandTestProviders(), sockets.provider, SetlistStore] });
  const http = TestBed.inject(HttpTestingController);
  await startSession(aMeInABand(role));
  const store = TestBed.inject(SetlistStore);
  store.gigId.set(GIG_ID);
  TestBed.tick();
  return { http, store };
}

describe('SetlistStore, for a manager', () => {
  let http: HttpTestingController;
  let store: SetlistStore;

  beforeEach(async () => {
    ({ http, store } = await start('manager'));
    http.expectOne(gigUrl).flush(aGig(saved));
    http.expectOne(songsUrl).flush({ items: [], nextCursor: null });
    await settle();
  });

  afterEach(() => http.verify());

  it('shows the saved running order with its sets, unchanged', () => {
    expect(store.rows().map((row) => row.name)).toEqual(['Respect', 'Pause « Rappel »', 'Valerie']);
    expect(store.summary()).toMatchObject({ songCount: 2, totalSeconds: 147, untimedSongs: 1 });
    expect(store.changed()).toBe(false);
    expect([...store.chosenSongIds()]).toEqual(['s1', 's2']);
  });

  it('adds a song with the duration the repertoire list gives, and a break', () => {
    store.addSong(aSongSummary({ id: 's3', title: 'Superstition', durationSec: 245 }));
    store.addBreak();
    expect(store.rows().map((row) => row.name)).toEqual([
      'Respect',
      'Pause « Rappel »',
      'Valerie',
      'Superstition',
      'Pause',
    ]);
    expect(store.summary().sets.at(-1)).toEqual({ label: 'Rappel', songCount: 2, totalSeconds: 245, untimedSongs: 1 });
    expect(store.changed()).toBe(true);
  });

  it('saves the whole list as it stands, then has nothing left to save', async () => {
    store.rows.set(moveItem(store.rows(), 2, 0));
    store.relabel(store.rows()[2]!.key, '  Bis ');
    expect(store.changed()).toBe(true);
    const saving = store.save();
    const put = http.expectOne({ method: 'PUT', url: `${gigUrl}/setlist` });
    expect(put.request.body).toEqual({ items: [{ songId: 's2' }, { songId: 's1' }, { break: true, label: 'Bis' }] });
    put.flush(aGig([]).setlist);
    expect(await saving).toBe(true);
    expect(store.changed()).toBe(false);
    expect(store.saving().done).toBe(true);
  });

  it('tells a running order saved elsewhere since it was read, and not when it is the same', async () => {
    const same = store.checkSavedElsewhere();
    http.expectOne(gigUrl).flush(aGig(saved));
    expect(await same).toBe(false);
    const other = store.checkSavedElsewhere();
    http.expectOne(gigUrl).flush(aGig([item('s2', 'Valerie', null)]));
    expect(await other).toBe(true);
    expect(store.savedElsewhere()).toBe(true);
  });

  it('drops a look at the server that started before its own save and answers after it', async () => {
    store.rows.set(moveItem(store.rows(), 2, 0));
    const look = store.checkSavedElsewhere();
    const lookedAt = http.expectOne(gigUrl);
    const saving = store.save();
    http.expectOne({ method: 'PUT', url: `${gigUrl}/setlist` }).flush(aGig([]).setlist);
    expect(await saving).toBe(true);
    // Read before the save was committed: the other manager's running order, older than this one's.
    lookedAt.flush(aGig([item('s2', 'Valerie', null)]));
    await look;
    expect(store.savedElsewhere()).toBe(false);
  });

  it('shows a running order saved by someone else while nothing was changed here', async () => {
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'setlist.changed', gigId: 'another-gig' }));
    await afterCoalescing();
    http.expectNone(gigUrl);
    socket.deliver(aLiveMessage({ type: 'setlist.changed', gigId: GIG_ID }));
    await afterCoalescing();
    http.expectOne(gigUrl).flush(aGig([item('s2', 'Valerie', null)]));
    await settle();
    expect(store.rows().map((row) => (row.kind === 'song' ? row.songId : 'break'))).toEqual(['s2']);
    expect(store.changed()).toBe(false);
    expect(store.savedElsewhere()).toBe(false);
  });

  it('keeps the changes being made when someone else saves, and says the setlist changed', async () => {
    store.rows.set(moveItem(store.rows(), 2, 0));
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'setlist.changed', gigId: GIG_ID }));
    await afterCoalescing();
    http.expectOne(gigUrl).flush(aGig([item('s2', 'Valerie', null)]));
    await settle();
    expect(store.savedElsewhere()).toBe(true);
    expect(store.rows().map((row) => (row.kind === 'song' ? row.songId : 'break'))).toEqual(['s2', 's1', 'break']);
  });

  it('explains a refused save: a song gone from the repertoire asks for a reload; a bad label names its line', async () => {
    store.addBreak();
    let saving = store.save();
    failWith(
      http.expectOne({ method: 'PUT', url: `${gigUrl}/setlist` }),
      aProblem(422, 'SCHEDULE.SONG_NOT_IN_REPERTOIRE'),
    );
    expect(await saving).toBe(false);
    expect(store.saving().failure).toMatchObject({ reload: true });
    expect(store.saving().failure?.message).toContain("n'est plus au répertoire");

    saving = store.save();
    failWith(
      http.expectOne({ method: 'PUT', url: `${gigUrl}/setlist` }),
      aProblem(400, 'VALIDATION_FAILED', { errors: [{ field: 'items.3.label', message: 'too long' }] }),
    );
    expect(await saving).toBe(false);
    expect(store.saving().failure).toMatchObject({ reload: false });
    expect([...store.saving().failure!.badLines]).toEqual([3]);

    saving = store.save();
    failWith(http.expectOne({ method: 'PUT', url: `${gigUrl}/setlist` }), aProblem(409, 'SCHEDULE.CONFLICT'));
    expect(await saving).toBe(false);
    expect(store.saving().failure).toMatchObject({ reload: true });
    expect(store.saving().failure?.message).toContain('Un autre manager');
  });
});

describe('SetlistStore, for a member', () => {
  it('reads nothing: the screen says it is the managers’', async () => {
    const { http, store } = await start('member');
    await settle();
    http.expectNone(gigUrl);
    expect(store.canManage()).toBe(false);
    http.verify();
  });
});
