import { HttpTestingController } from '@angular/common/http/testing';
import { Component, inject, Injectable, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { aBand, aMeInABand, BAND_ID, bandTestProviders, OTHER_BAND_ID, startSession } from '../../../testing/fixtures';
import { aLiveMessage, connectLive, FakeSocket, FakeSockets } from '../../../testing/live';
import { refetchOn } from './refetch-on';

@Injectable()
class CountingStore {
  readonly bandId = signal<string | null>(BAND_ID);
  reads = 0;

  constructor() {
    refetchOn({
      bandId: this.bandId,
      types: ['vote.changed', 'song.updated'],
      concerns: (message) => message.type !== 'song.updated' || message.songId === 'mine',
      refetch: () => this.reads++,
    });
  }
}

@Component({ selector: 'bt-counting', template: '', providers: [CountingStore] })
class CountingScreen {
  readonly store = inject(CountingStore);
}

describe('refetchOn', () => {
  let socket: FakeSocket;
  let sockets: FakeSockets;

  beforeEach(async () => {
    sockets = new FakeSockets();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), sockets.provider] });
    await startSession(aMeInABand('member'));
    jest.useFakeTimers();
    socket = connectLive(sockets);
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    jest.useRealTimers();
  });

  const vote = (votes: number) => aLiveMessage({ type: 'vote.changed', suggestionId: 's1', votes });

  it('reads once for a burst of messages within 300 ms, and again for the next burst', async () => {
    const { store } = TestBed.createComponent(CountingScreen).componentInstance;
    for (let votes = 1; votes <= 50; votes++) socket.deliver(vote(votes));
    await jest.advanceTimersByTimeAsync(299);
    expect(store.reads).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(store.reads).toBe(1);

    socket.deliver(vote(51));
    await jest.advanceTimersByTimeAsync(300);
    expect(store.reads).toBe(2);
  });

  it('reads only for its band, its types and what it shows', async () => {
    const { store } = TestBed.createComponent(CountingScreen).componentInstance;
    socket.deliver(aLiveMessage({ type: 'vote.changed', suggestionId: 's1', votes: 1, bandId: OTHER_BAND_ID }));
    socket.deliver(aLiveMessage({ type: 'song.created', songId: 'mine' }));
    socket.deliver(aLiveMessage({ type: 'song.updated', songId: 'another' }));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(store.reads).toBe(0);

    socket.deliver(aLiveMessage({ type: 'song.updated', songId: 'mine' }));
    await jest.advanceTimersByTimeAsync(300);
    expect(store.reads).toBe(1);
  });

  it('reads again after the connection came back, and stops with its screen', async () => {
    const fixture = TestBed.createComponent(CountingScreen);
    const { store } = fixture.componentInstance;
    socket.drop();
    await jest.advanceTimersByTimeAsync(1_000);
    sockets.last.accept();
    await jest.advanceTimersByTimeAsync(300);
    expect(store.reads).toBe(1);
    // The active band too is read again.
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne(`/api/bands/${BAND_ID}`).flush(aBand());

    fixture.destroy();
    sockets.last.deliver(vote(2));
    await jest.advanceTimersByTimeAsync(300);
    expect(store.reads).toBe(1);
  });
});
