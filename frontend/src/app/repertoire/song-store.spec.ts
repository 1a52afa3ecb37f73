import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { aMeInABand, aProblem, aSong, bandTestProviders, failWith, settle, startSession } from '../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../testing/live';
import { Outbox, provideOutboxKinds } from '../core/offline/outbox';
import { OnlineStatus } from '../core/pwa/online-status';
import { SONG_LEVEL } from './song-level';
import { SongStore } from './song-store';

const song = aSong({ id: 'song-1', levels: [4, 8], bandAverageLevel: 6, ratedBy: 2 });
const url = '/api/songs/song-1';

describe('SongStore', () => {
  let http: HttpTestingController;
  let store: SongStore;
  let online: ReturnType<typeof signal<boolean>>;
  let sockets: FakeSockets;

  beforeEach(async () => {
    localStorage.clear();
    online = signal(true);
    sockets = new FakeSockets();
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        sockets.provider,
        { provide: OnlineStatus, useValue: { online, settled: () => Promise.resolve(online()) } },
        provideOutboxKinds(SONG_LEVEL),
        SongStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('member'));
    store = TestBed.inject(SongStore);
    store.songId.set('song-1');
    TestBed.tick();
    http.expectOne(url).flush(song);
    await settle();
  });

  afterEach(() => http.verify());

  it('reads the song; without a level of mine it says so', () => {
    expect(store.song()?.title).toBe('Superstition');
    expect(store.myLevel()).toBeNull();
    expect(store.levelPending()).toBe(false);
    expect(store.canManage()).toBe(false);
  });

  it('shows my level at once and takes the song as the server answers it', async () => {
    store.setLevel(7);
    expect([store.myLevel(), store.levelPending()]).toEqual([7, true]);
    const put = http.expectOne({ method: 'PUT', url: `${url}/progress` });
    // The note is left out: the level alone never touches it.
    expect(put.request.body).toEqual({ level: 7 });
    put.flush({ ...song, myProgress: { level: 7, note: null }, bandAverageLevel: 6.3, ratedBy: 3 });
    await settle();
    expect([store.myLevel(), store.levelPending()]).toEqual([7, false]);
    expect(store.song()?.bandAverageLevel).toBe(6.3);
  });

  it('keeps a level set offline, the latest one, and sends it when the network returns', async () => {
    online.set(false);
    TestBed.tick();
    store.setLevel(3);
    store.setLevel(5);
    http.expectNone(`${url}/progress`);
    expect([store.myLevel(), store.levelPending()]).toEqual([5, true]);

    online.set(true);
    TestBed.tick();
    await settle();
    const put = http.expectOne({ method: 'PUT', url: `${url}/progress` });
    expect(put.request.body).toEqual({ level: 5 });
    put.flush({ ...song, myProgress: { level: 5, note: null } });
    await settle();
    expect([store.myLevel(), store.levelPending()]).toEqual([5, false]);
  });

  it('reads the song again when the server refuses a level, and says why', async () => {
    store.setLevel(7);
    failWith(http.expectOne(`${url}/progress`), aProblem(404, 'REPERTOIRE.SONG_NOT_FOUND'));
    await settle();
    http.expectOne(url).flush(song);
    await settle();
    expect(store.myLevel()).toBeNull();
    expect(TestBed.inject(Outbox).notices()).toHaveLength(1);
  });

  it('saves my note with my level, explicitly; an empty note removes it', async () => {
    await expect(store.saveNote('le pont')).resolves.toBe(false);
    store.setLevel(6);
    http.expectOne(`${url}/progress`).flush({ ...song, myProgress: { level: 6, note: null } });
    await settle();

    const saving = store.saveNote('  le pont, mesure 12 ');
    const put = http.expectOne({ method: 'PUT', url: `${url}/progress` });
    expect(put.request.body).toEqual({ level: 6, note: 'le pont, mesure 12' });
    put.flush({ ...song, myProgress: { level: 6, note: 'le pont, mesure 12' } });
    await expect(saving).resolves.toBe(true);
    expect(store.song()?.myProgress?.note).toBe('le pont, mesure 12');

    const clearing = store.saveNote('   ');
    const clear = http.expectOne({ method: 'PUT', url: `${url}/progress` });
    expect(clear.request.body).toEqual({ level: 6, note: null });
    clear.flush({ ...song, myProgress: { level: 6, note: null } });
    await expect(clearing).resolves.toBe(true);
  });

  it("reads the song again when someone's level of it changes, not for another song", async () => {
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'progress.changed', songId: 'song-2', bandAverageLevel: 9 }));
    await afterCoalescing();
    http.expectNone(url);
    socket.deliver(aLiveMessage({ type: 'progress.changed', songId: 'song-1', bandAverageLevel: 7 }));
    await afterCoalescing();
    http.expectOne(url).flush({ ...song, levels: [4, 8, 9], bandAverageLevel: 7, ratedBy: 3 });
    await settle();
    expect(store.song()?.bandAverageLevel).toBe(7);
  });
});
