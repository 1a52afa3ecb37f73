import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aMeInABand, aSongSummary, BAND_ID, bandTestProviders, settle, startSession } from '../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../testing/live';
import { provideOutboxKinds } from '../core/offline/outbox';
import { SONG_LEVEL } from './song-level';
import { SongsStore } from './songs-store';

const list = `/api/bands/${BAND_ID}/songs`;
const summary = (id: string, title: string, myLevel: number | null, bandAverageLevel: number | null) =>
  aSongSummary({ id, title, myLevel, bandAverageLevel, ratedBy: bandAverageLevel === null ? 0 : 2 });
const songs = [summary('a', 'Africa', 8, 5), summary('b', 'Billie Jean', null, 7.5), summary('c', 'Creep', 3, 3.5)];

describe('SongsStore', () => {
  let http: HttpTestingController;
  let store: SongsStore;
  let sockets: FakeSockets;

  beforeEach(async () => {
    localStorage.clear();
    sockets = new FakeSockets();
    TestBed.configureTestingModule({
      providers: [...bandTestProviders(), sockets.provider, provideOutboxKinds(SONG_LEVEL), SongsStore],
    });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('manager'));
    store = TestBed.inject(SongsStore);
    TestBed.tick();
    http.expectOne(`${list}?status=learning&sort=title`).flush({ items: songs, nextCursor: null });
    await settle();
  });

  afterEach(() => http.verify());

  const titles = () => store.songs().map((song) => song.title);

  it('asks the server for the order, the tab and the search, in its order', async () => {
    store.sort.set('myLevel');
    TestBed.tick();
    http.expectOne(`${list}?status=learning&sort=myLevel`).flush({ items: [songs[1], songs[2]], nextCursor: null });
    await settle();
    expect(titles()).toEqual(['Billie Jean', 'Creep']);
    store.status.set('mastered');
    store.search.set(' jean ');
    TestBed.tick();
    http.expectOne(`${list}?status=mastered&sort=myLevel&q=jean`).flush({ items: [songs[1]], nextCursor: null });
    await settle();
    expect(titles()).toEqual(['Billie Jean']);
  });

  it('reads the next pages of the same query, and starts again when the query changes', async () => {
    store.sort.set('bandAverage');
    TestBed.tick();
    http.expectOne(`${list}?status=learning&sort=bandAverage`).flush({ items: [songs[2]], nextCursor: 'c1' });
    await settle();
    expect(store.hasMore()).toBe(true);
    const more = store.loadMore();
    http
      .expectOne(`${list}?status=learning&sort=bandAverage&cursor=c1`)
      .flush({ items: [songs[2], songs[0]], nextCursor: null });
    await expect(more).resolves.toBe(true);
    // Creep's average changed between the two pages: it shows once.
    expect(titles()).toEqual(['Creep', 'Africa']);
    expect(store.hasMore()).toBe(false);
    store.search.set('a');
    TestBed.tick();
    http.expectOne(`${list}?status=learning&sort=bandAverage&q=a`).flush({ items: [songs[0]], nextCursor: null });
    await settle();
    expect(titles()).toEqual(['Africa']);
  });

  it('lets managers mark a song mastered or demote it: it leaves the tab', async () => {
    expect(store.canManage()).toBe(true);
    const marking = store.setMastered(songs[0]!, true);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/songs/a' });
    expect(patch.request.body).toEqual({ mastered: true });
    patch.flush({});
    await expect(marking).resolves.toBe(true);

    const demoting = store.demote(songs[2]!);
    http.expectOne({ method: 'POST', url: '/api/songs/c/demote' }).flush({ suggestion: {} });
    await expect(demoting).resolves.toBe(true);
    expect(titles()).toEqual(['Billie Jean']);
  });

  it('adds a song and reads the list again', async () => {
    const adding = store.add({ title: 'Daft', bpm: 120 });
    http.expectOne({ method: 'POST', url: list }).flush({ id: 'd' }, { status: 201, statusText: 'Created' });
    await expect(adding).resolves.toBe('d');
    TestBed.tick();
    http.expectOne(`${list}?status=learning&sort=title`).flush({ items: songs, nextCursor: null });
    await settle();
  });

  it('reads the list again, once, when the band changes songs or levels', async () => {
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'song.updated', songId: 'a' }));
    socket.deliver(aLiveMessage({ type: 'progress.changed', songId: 'c', bandAverageLevel: 6 }));
    await afterCoalescing();
    http.expectOne(`${list}?status=learning&sort=title`).flush({ items: [songs[1]], nextCursor: null });
    await settle();
    expect(titles()).toEqual(['Billie Jean']);
  });
});
