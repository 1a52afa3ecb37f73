import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aMeInABand, BAND_ID, bandTestProviders, ME_ID, settle, startSession } from '../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../testing/live';
import { EventSummary } from '../core/api/api-types';
import { AgendaStore } from './agenda-store';

const list = `/api/bands/${BAND_ID}/agenda?when=upcoming`;
const aDate = (id: string, myAttendance: EventSummary['myAttendance'] = null): EventSummary => ({
  id,
  type: 'rehearsal',
  title: null,
  startsAt: '2027-01-06T19:00:00.000Z',
  endsAt: null,
  location: null,
  status: 'planned',
  myAttendance,
});

describe('AgendaStore', () => {
  let http: HttpTestingController;
  let store: AgendaStore;
  let sockets: FakeSockets;

  beforeEach(async () => {
    localStorage.clear();
    sockets = new FakeSockets();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), sockets.provider, AgendaStore] });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('member'));
    store = TestBed.inject(AgendaStore);
    TestBed.tick();
    http.expectOne(list).flush({ items: [aDate('r1')], nextCursor: null });
    await settle();
  });

  afterEach(() => http.verify());

  it('reads again for a date planned or changed, and for my own answer; not for the answers of others', async () => {
    const socket = connectLive(sockets);
    socket.deliver(
      aLiveMessage({ type: 'attendance.changed', eventType: 'rehearsal', id: 'r1', userId: 'ana', status: 'no' }),
    );
    await afterCoalescing();
    http.expectNone(list);

    socket.deliver(aLiveMessage({ type: 'rehearsal.changed', id: 'r2' }));
    socket.deliver(
      aLiveMessage({ type: 'attendance.changed', eventType: 'rehearsal', id: 'r1', userId: ME_ID, status: 'yes' }),
    );
    await afterCoalescing();
    http.expectOne(list).flush({ items: [aDate('r1', 'yes'), aDate('r2')], nextCursor: null });
    await settle();
    expect(store.months()[0]?.items.map((item) => [item.id, item.myAttendance])).toEqual([
      ['r1', 'yes'],
      ['r2', null],
    ]);
  });
});
