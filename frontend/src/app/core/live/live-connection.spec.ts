import { HttpTestingController } from '@angular/common/http/testing';
import { PLATFORM_ID, Provider, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMeInABand, aProblem, BAND_ID, bandTestProviders, failWith, OTHER_BAND_ID } from '../../../testing/fixtures';
import { aLiveMessage, FakeSockets } from '../../../testing/live';
import { OnlineStatus } from '../pwa/online-status';
import { SessionStore } from '../session/session-store';
import { LiveConnection } from './live-connection';
import { LiveBandMessage } from './live-message';
import { liveUrl, retryDelay } from './live-socket';

describe('retryDelay', () => {
  it('doubles from 1 s up to 30 s, each time somewhere in the upper half of the span', () => {
    const lowest = [0, 1, 2, 3, 4, 5, 6, 10].map((failures) => retryDelay(failures, () => 0));
    const highest = [0, 1, 2, 3, 4, 5, 6, 10].map((failures) => retryDelay(failures, () => 1));
    expect(lowest).toEqual([500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]);
    expect(highest).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('liveUrl', () => {
  it('is GET /api/live on the page origin, over wss when the page is https', () => {
    expect(liveUrl({ protocol: 'https:', host: 'band.example:8443' })).toBe('wss://band.example:8443/api/live');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/api/live');
  });
});

describe('LiveConnection', () => {
  let http: HttpTestingController;
  let sockets: FakeSockets;
  let online: ReturnType<typeof signal<boolean>>;
  let live: LiveConnection;
  let session: SessionStore;
  let visibility: DocumentVisibilityState;

  const configure = (platform = 'browser', ...extra: Provider[]) => {
    sockets = new FakeSockets();
    online = signal(true);
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        provideRouter([{ path: 'login', children: [] }]),
        { provide: OnlineStatus, useValue: { online, settled: () => Promise.resolve(online()) } },
        { provide: PLATFORM_ID, useValue: platform },
        sockets.provider,
        ...extra,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    live = TestBed.inject(LiveConnection);
    session = TestBed.inject(SessionStore);
  };

  const signIn = async () => {
    const loading = session.load();
    http.expectOne('/api/me').flush(aMeInABand('member'));
    await loading;
    TestBed.tick();
  };

  /** Lets the effects run and the timers and promises due by then go. */
  const wait = async (ms = 0) => {
    await jest.advanceTimersByTimeAsync(ms);
    TestBed.tick();
  };

  beforeEach(() => {
    jest.useFakeTimers();
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('opens one socket to /api/live once signed in, and closes it at sign-out', async () => {
    configure();
    live.start();
    live.start();
    await wait();
    expect(sockets.opened).toHaveLength(0);

    await signIn();
    expect(sockets.opened.map((s) => s.url)).toEqual(['ws://localhost/api/live']);
    expect(live.status()).toBe('connecting');
    sockets.last.accept();
    expect(live.status()).toBe('open');

    session.clear();
    await wait(60_000);
    expect(sockets.last.closed).toBe(true);
    expect(sockets.opened).toHaveLength(1);
    expect(live.status()).toBe('off');
  });

  it('never connects on the server-side render', async () => {
    // A session that says signed in, which the server-side render never has: it is the platform that says no.
    configure('server', { provide: SessionStore, useValue: { isSignedIn: signal(true) } });
    live.start();
    await wait(60_000);
    expect(sockets.opened).toHaveLength(0);
  });

  it('tries again after a loss, waiting twice as long after each failure, and from 1 s once it got through', async () => {
    configure();
    jest.spyOn(Math, 'random').mockReturnValue(0);
    live.start();
    await signIn();
    sockets.last.accept();

    // Accepted, then lost before saying hello: the server is in trouble, so the wait grows.
    for (const delay of [500, 1_000, 2_000, 4_000]) {
      const count = sockets.opened.length;
      sockets.last.drop();
      await wait(delay - 1);
      expect(sockets.opened).toHaveLength(count);
      await wait(1);
      expect(sockets.opened).toHaveLength(count + 1);
      sockets.last.open();
    }

    // A hello: the next loss waits the shortest time again.
    sockets.last.deliver({ type: 'hello', bands: [BAND_ID] });
    sockets.last.drop();
    await wait(500);
    expect(sockets.opened).toHaveLength(6);
  });

  it('tries again at once when the phone wakes up', async () => {
    configure();
    live.start();
    await signIn();
    sockets.last.accept();
    sockets.last.open();
    for (let i = 0; i < 5; i++) {
      sockets.last.drop();
      await wait(40_000);
      sockets.last.open();
    }
    sockets.last.drop();
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await wait();
    expect(sockets.opened).toHaveLength(6);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await wait();
    expect(sockets.opened).toHaveLength(7);
    // The wait that was running does not open a second one.
    await wait(60_000);
    expect(sockets.opened).toHaveLength(7);
  });

  it('asks an open socket whether it is still alive when the phone wakes up, and replaces it when it does not answer', async () => {
    configure();
    live.start();
    await signIn();
    const first = sockets.last;
    first.accept();
    const wakeUp = () => {
      visibility = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    };

    wakeUp();
    expect(first.sent).toEqual(['{"type":"ping"}']);
    await wait(4_000);
    first.deliver({ type: 'pong', at: '2026-12-02T18:00:00.000Z' });
    await wait(60_000);
    expect(first.closed).toBe(false);
    expect(sockets.opened).toHaveLength(1);

    // Died in its sleep: no answer within 5 s, and another socket at once.
    wakeUp();
    await wait(4_999);
    expect(sockets.opened).toHaveLength(1);
    await wait(1);
    expect(first.closed).toBe(true);
    expect(sockets.opened).toHaveLength(2);
  });

  it('asks the session when the server says it ended (4401), and stops on its 401', async () => {
    configure();
    live.start();
    await signIn();
    sockets.last.accept();
    sockets.last.drop(4401);
    failWith(http.expectOne('/api/me'), aProblem(401, 'IDENTITY.UNAUTHENTICATED'));
    await wait(60_000);
    expect(session.isSignedIn()).toBe(false);
    expect(sockets.opened).toHaveLength(1);
  });

  it('waits while offline and connects at once when the network returns', async () => {
    configure();
    live.start();
    await signIn();
    sockets.last.accept();

    online.set(false);
    await wait();
    expect(sockets.last.closed).toBe(true);
    await wait(120_000);
    expect(sockets.opened).toHaveLength(1);

    online.set(true);
    await wait();
    expect(sockets.opened).toHaveLength(2);
  });

  it('stops when the server refuses the session (401), until someone signs in again', async () => {
    configure();
    live.start();
    await signIn();
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/login?x=1');

    sockets.last.drop();
    failWith(http.expectOne('/api/me'), aProblem(401, 'IDENTITY.UNAUTHENTICATED'));
    await wait();
    expect(session.isSignedIn()).toBe(false);
    await wait(10 * 60_000);
    expect(sockets.opened).toHaveLength(1);

    await signIn();
    expect(sockets.opened).toHaveLength(2);
  });

  it('keeps trying when a refused connection finds the session still valid', async () => {
    configure();
    jest.spyOn(Math, 'random').mockReturnValue(1);
    live.start();
    await signIn();
    sockets.last.drop();
    http.expectOne('/api/me').flush(aMeInABand('member'));
    await wait(1_000);
    expect(session.isSignedIn()).toBe(true);
    expect(sockets.opened).toHaveLength(2);
  });

  it('tells the screens to read again after a reconnection, not after the first connection', async () => {
    configure();
    live.start();
    let resyncs = 0;
    live.resynced.subscribe(() => resyncs++);
    await signIn();
    sockets.last.accept();
    expect(resyncs).toBe(0);

    sockets.last.drop();
    await wait(1_000);
    sockets.last.accept();
    expect(resyncs).toBe(1);

    // Signed out and in again: a first connection again.
    session.clear();
    await wait();
    await signIn();
    sockets.last.accept();
    expect(resyncs).toBe(1);
  });

  it('hands each band message to those following its band and its types', async () => {
    configure();
    live.start();
    await signIn();
    sockets.last.accept();
    const band = signal<string | null>(BAND_ID);
    const seen: LiveBandMessage[] = [];
    live.of(band, ['vote.changed', 'suggestion.created']).subscribe((message) => seen.push(message));

    const vote = aLiveMessage({ type: 'vote.changed', suggestionId: 's1', votes: 3 });
    sockets.last.deliver(vote);
    sockets.last.deliver(aLiveMessage({ type: 'vote.changed', suggestionId: 's1', votes: 3, bandId: OTHER_BAND_ID }));
    sockets.last.deliver(aLiveMessage({ type: 'song.created', songId: 'x' }));
    sockets.last.onmessage?.(new MessageEvent('message', { data: 'not json' }));
    sockets.last.deliver({ type: 'suggestion.created', suggestionId: 's2' });
    band.set(OTHER_BAND_ID);
    const other = aLiveMessage({ type: 'suggestion.created', suggestionId: 's9', bandId: OTHER_BAND_ID });
    sockets.last.deliver(other);

    expect(seen).toEqual([vote, other]);
  });
});
