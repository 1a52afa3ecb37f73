import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aMeInABand, BAND_ID, bandTestProviders, ME_ID, settle, startSession } from '../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../testing/live';
import { Dashboard } from '../core/api/api-types';
import { DashboardStore } from './dashboard-store';

const url = `/api/bands/${BAND_ID}/dashboard`;
const aDashboard = (pending: number): Dashboard => ({
  timeZone: 'Europe/Paris',
  nextGig: null,
  nextRehearsal: null,
  topSuggestions: [],
  songsToWork: [],
  pendingAnswers: Array.from({ length: pending }, (_, i) => ({
    id: `r${i}`,
    type: 'rehearsal' as const,
    title: null,
    startsAt: '2027-01-06T19:00:00.000Z',
    endsAt: null,
    location: null,
    status: 'planned' as const,
    myAttendance: null,
  })),
});

describe('DashboardStore', () => {
  let http: HttpTestingController;
  let store: DashboardStore;
  let sockets: FakeSockets;

  beforeEach(async () => {
    localStorage.clear();
    sockets = new FakeSockets();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), sockets.provider, DashboardStore] });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('member'));
    store = TestBed.inject(DashboardStore);
    TestBed.tick();
    http.expectOne(url).flush(aDashboard(2));
    await settle();
  });

  afterEach(() => http.verify());

  it('reads again for my answer given on another device, or a vote; not for the answers of others', async () => {
    const socket = connectLive(sockets);
    socket.deliver(
      aLiveMessage({ type: 'attendance.changed', eventType: 'rehearsal', id: 'r0', userId: 'ana', status: 'yes' }),
    );
    await afterCoalescing();
    http.expectNone(url);

    socket.deliver(
      aLiveMessage({ type: 'attendance.changed', eventType: 'rehearsal', id: 'r0', userId: ME_ID, status: 'yes' }),
    );
    socket.deliver(aLiveMessage({ type: 'vote.changed', suggestionId: 's1', votes: 4 }));
    await afterCoalescing();
    http.expectOne(url).flush(aDashboard(1));
    await settle();
    expect(store.dashboard()?.pendingAnswers).toHaveLength(1);
  });
});
