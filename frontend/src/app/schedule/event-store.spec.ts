import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import {
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  ME_ID,
  settle,
  startSession,
} from '../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../testing/live';
import { Attendee, Rehearsal } from '../core/api/api-types';
import { provideOutboxKinds } from '../core/offline/outbox';
import { OnlineStatus } from '../core/pwa/online-status';
import { ATTENDANCE_ANSWER } from './attendance-answer';
import { EventStore } from './event-store';

const REHEARSAL_ID = '0190c0de-0000-7000-8000-0000000e0001';
const url = `/api/rehearsals/${REHEARSAL_ID}`;

const attendee = (userId: string, status: Attendee['status'], comment: string | null = null): Attendee => ({
  userId,
  displayName: userId === ME_ID ? 'Moi' : 'Ana',
  status,
  comment,
  answeredAt: status ? '2026-12-01T10:00:00.000Z' : null,
});

const aRehearsal = (attendance: Attendee[] = [attendee(ME_ID, null), attendee('ana', 'yes')]): Rehearsal => ({
  id: REHEARSAL_ID,
  bandId: BAND_ID,
  startsAt: '2027-01-06T19:00:00.000Z',
  endsAt: '2027-01-06T22:00:00.000Z',
  timeZone: 'Europe/Paris',
  location: 'Studio Bleu',
  notes: null,
  attendance,
  seriesId: '0190c0de-0000-7000-8000-0000000e5e01',
  seriesEnd: { laterDates: 3, lastStartsAt: '2027-01-27T19:00:00.000Z' },
  songIds: [],
  status: 'planned',
});

describe('EventStore', () => {
  let http: HttpTestingController;
  let store: EventStore;
  let online: ReturnType<typeof signal<boolean>>;
  let sockets: FakeSockets;

  async function open(role: 'member' | 'manager' = 'member'): Promise<void> {
    await startSession(aMeInABand(role));
    store = TestBed.inject(EventStore);
    store.open('rehearsal', REHEARSAL_ID);
    TestBed.tick();
    http.expectOne(url).flush(aRehearsal());
    await settle();
  }

  beforeEach(() => {
    localStorage.clear();
    online = signal(true);
    sockets = new FakeSockets();
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        sockets.provider,
        { provide: OnlineStatus, useValue: { online, settled: () => Promise.resolve(online()) } },
        provideOutboxKinds(ATTENDANCE_ANSWER),
        EventStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the event and finds my line in its attendance', async () => {
    await open();
    expect(store.rehearsal()?.location).toBe('Studio Bleu');
    expect(store.gig()).toBeNull();
    expect([store.me()?.userId, store.myAnswer(), store.canManage()]).toEqual([ME_ID, null, false]);
  });

  it('sends my answer with its comment, shows it at once and reads the event again once delivered', async () => {
    await open();
    store.answer('maybe', '  Un peu en retard ', 'this', 'mercredi 6 janvier');
    expect([store.myAnswer(), store.myComment(), store.answerPending()]).toEqual([
      'maybe',
      '  Un peu en retard ',
      true,
    ]);
    const put = http.expectOne({ method: 'PUT', url: `${url}/attendance` });
    expect(put.request.body).toEqual({ status: 'maybe', comment: 'Un peu en retard' });
    expect(put.request.params.keys()).toEqual([]);
    put.flush({
      eventIds: [REHEARSAL_ID],
      status: 'maybe',
      comment: 'Un peu en retard',
      answeredAt: '2026-12-02T10:00:00Z',
    });
    await settle();
    http.expectOne(url).flush(aRehearsal([attendee(ME_ID, 'maybe', 'Un peu en retard'), attendee('ana', 'yes')]));
    await settle();
    expect([store.myAnswer(), store.myComment(), store.answerPending()]).toEqual(['maybe', 'Un peu en retard', false]);
  });

  it('answers the whole series from this date with scope=following, kept while offline', async () => {
    await open();
    online.set(false);
    TestBed.tick();
    store.answer('no', '', 'following', 'mercredi 6 janvier');
    http.expectNone(`${url}/attendance`);
    expect([store.myAnswer(), store.answerPending()]).toEqual(['no', true]);

    online.set(true);
    TestBed.tick();
    await settle();
    const put = http.expectOne((request) => request.url === `${url}/attendance`);
    expect([put.request.params.get('scope'), put.request.body]).toEqual(['following', { status: 'no', comment: null }]);
    put.flush({ eventIds: [REHEARSAL_ID, 'next'], status: 'no', comment: null, answeredAt: '2026-12-02T10:00:00Z' });
    await settle();
    http.expectOne(url).flush(aRehearsal([attendee(ME_ID, 'no')]));
    await settle();
    expect(store.answerPending()).toBe(false);
  });

  it('tells a deleted event from a read that failed', async () => {
    await startSession(aMeInABand('member'));
    store = TestBed.inject(EventStore);
    store.open('rehearsal', REHEARSAL_ID);
    TestBed.tick();
    failWith(http.expectOne(url), aProblem(404, 'SCHEDULE.REHEARSAL_NOT_FOUND'));
    await settle();
    expect([store.event(), store.gone(), store.loadError()]).toEqual([null, true, null]);

    store.reload();
    TestBed.tick();
    failWith(http.expectOne(url), aProblem(500, 'INTERNAL'));
    await settle();
    expect(store.gone()).toBe(false);
    expect(store.loadError()).toContain('Le serveur a rencontré un problème');
  });

  it('lets a manager cancel or delete a date with the following ones', async () => {
    await open('manager');
    expect(store.canManage()).toBe(true);
    const cancelled = store.cancelRehearsal('following');
    const patch = http.expectOne((request) => request.method === 'PATCH' && request.url === url);
    expect([patch.request.params.get('scope'), patch.request.body]).toEqual(['following', { status: 'cancelled' }]);
    patch.flush({ ...aRehearsal(), status: 'cancelled' });
    expect(await cancelled).toBe(true);
    expect(store.cancelled()).toBe(true);

    const removed = store.remove('following');
    const remove = http.expectOne((request) => request.method === 'DELETE' && request.url === url);
    expect(remove.request.params.get('scope')).toBe('following');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    expect(await removed).toBe(true);
  });

  it("reads the date again when someone answers it or it changes, not for another date's news", async () => {
    await open();
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'rehearsal.changed', id: 'another' }));
    socket.deliver(
      aLiveMessage({ type: 'attendance.changed', eventType: 'rehearsal', id: 'another', userId: 'ana', status: 'no' }),
    );
    await afterCoalescing();
    http.expectNone(url);
    socket.deliver(
      aLiveMessage({
        type: 'attendance.changed',
        eventType: 'rehearsal',
        id: REHEARSAL_ID,
        userId: 'ana',
        status: 'no',
      }),
    );
    await afterCoalescing();
    http.expectOne(url).flush(aRehearsal([attendee(ME_ID, null), attendee('ana', 'no')]));
    await settle();
    expect(store.event()?.attendance.map((a) => a.status)).toEqual([null, 'no']);
  });
});
