import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import {
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  settle,
  startSession,
} from '../../testing/fixtures';
import { Activity } from '../core/api/api-types';
import { ActivityStore } from './activity-store';

const url = `/api/bands/${BAND_ID}/activity`;
const NOW = new Date('2026-12-03T10:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

let seq = 0;
const aLine = (overrides: Partial<Activity>): Activity => ({
  id: `0190c0de-0000-7000-8000-0000000a${String(++seq).padStart(4, '0')}`,
  at: minutesAgo(5),
  actor: { id: 'sam', displayName: 'Sam' },
  type: 'member.joined',
  subject: { type: 'member', id: 'sam', title: 'Sam', startsAt: null },
  detail: null,
  count: null,
  ...overrides,
});

describe('ActivityStore', () => {
  let http: HttpTestingController;
  let store: ActivityStore;

  beforeEach(async () => {
    jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask', 'nextTick'] });
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), ActivityStore] });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('member'));
    store = TestBed.inject(ActivityStore);
    TestBed.tick();
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('says who did what in French, newest first, when on the band’s clock, and how long ago', async () => {
    http.expectOne(url).flush({
      items: [
        aLine({
          type: 'attendance.answered',
          subject: { type: 'gig', id: 'g', title: 'Fête de la musique', startsAt: '2027-06-21T18:00:00.000Z' },
          detail: 'maybe',
        }),
        aLine({
          at: minutesAgo(3 * 24 * 60),
          actor: { id: 'lea', displayName: 'Léa' },
          type: 'rehearsal.planned',
          subject: { type: 'rehearsal', id: 'r', title: null, startsAt: '2027-01-06T19:00:00.000Z' },
          count: 6,
        }),
        aLine({
          at: minutesAgo(30 * 24 * 60),
          actor: null,
          type: 'suggestion.proposed',
          subject: { type: 'suggestion', id: 's', title: 'Creep', startsAt: null },
        }),
      ],
      nextCursor: null,
    });
    await settle();
    expect(store.lines().map(({ actor, text, ago }) => [actor, text, ago])).toEqual([
      ['Sam', 'viendra peut-être à «\u00a0Fête de la musique\u00a0»', 'il y a 5 minutes'],
      ['Léa', 'a prévu 6 répétitions à partir du mercredi 6 janvier 2027', 'il y a 3 jours'],
      ['Un ancien membre', 'a suggéré «\u00a0Creep\u00a0»', null],
    ]);
    expect(store.lines()[0]!.when).toBe('jeudi 3 décembre, 10:55');
    expect(store.hasMore()).toBe(false);
  });

  it('reads the next page with the cursor handed out (« Voir plus »), after the lines it has', async () => {
    const first = aLine({});
    http.expectOne(url).flush({ items: [first], nextCursor: 'next-page' });
    await settle();
    expect(store.hasMore()).toBe(true);
    const loading = store.loadMore();
    const older = aLine({ type: 'member.left', at: minutesAgo(90) });
    http.expectOne(`${url}?cursor=next-page`).flush({ items: [older], nextCursor: null });
    await expect(loading).resolves.toBe(true);
    expect(store.lines().map(({ id, text }) => [id, text])).toEqual([
      [first.id, 'a rejoint le groupe'],
      [older.id, 'a quitté le groupe'],
    ]);
    expect(store.hasMore()).toBe(false);
  });

  it('says why the log could not be read, and reads it again on retry', async () => {
    failWith(http.expectOne(url), aProblem(500, 'INTERNAL'));
    await settle();
    expect(store.loadError()).not.toBeNull();
    store.reload();
    TestBed.tick();
    http.expectOne(url).flush({ items: [], nextCursor: null });
    await settle();
    expect([store.loadError(), store.lines()]).toEqual([null, []]);
  });
});
