import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aMeInABand, aSongSummary, BAND_ID, bandTestProviders, settle, startSession } from '../../../testing/fixtures';
import { RehearsalResponse } from '../../core/api/api-types.generated';
import { moveItem } from '../running-order/reorder';
import { PlannerStore } from './planner-store';

const REHEARSAL_ID = 'rehearsal-1';
const url = `/api/rehearsals/${REHEARSAL_ID}`;

function aRehearsal(songIds: string[]): RehearsalResponse {
  return {
    id: REHEARSAL_ID,
    bandId: BAND_ID,
    startsAt: '2027-06-17T18:00:00.000Z',
    endsAt: null,
    timeZone: 'Europe/Paris',
    location: null,
    notes: null,
    attendance: [],
    seriesId: null,
    seriesEnd: null,
    songIds,
    status: 'planned',
  };
}

const summary = (id: string, title: string) => aSongSummary({ id, title });

describe('PlannerStore', () => {
  let http: HttpTestingController;
  let store: PlannerStore;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), PlannerStore] });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('manager'));
    store = TestBed.inject(PlannerStore);
    store.rehearsalId.set(REHEARSAL_ID);
    TestBed.tick();
    http.expectOne(url).flush(aRehearsal(['c']));
    http.expectOne(`${url}/proposed-songs`).flush([
      { songId: 'a', title: 'Africa', reason: { code: 'never-rehearsed' } },
      { songId: 'c', title: 'Creep', reason: { code: 'low-band-average', average: 3 } },
      { songId: 'b', title: 'Billie Jean', reason: { code: 'not-rehearsed-for-long', days: 30 } },
    ]);
    http.expectOne(`/api/bands/${BAND_ID}/songs?limit=200`).flush({ items: [summary('c', 'Creep')], nextCursor: null });
    await settle();
  });

  afterEach(() => http.verify());

  const chosen = () => store.chosen().map((row) => row.name);

  it('starts from the rehearsal’s songs, and proposes the others only', () => {
    expect(chosen()).toEqual(['Creep']);
    expect(store.openProposals().map((proposal) => proposal.title)).toEqual(['Africa', 'Billie Jean']);
    expect(store.changed()).toBe(false);
  });

  it('accepts, reorders and removes, a removed song proposed again', () => {
    store.accept('a');
    store.accept('b');
    store.setChosen(moveItem(store.chosen(), 2, 0));
    expect(chosen()).toEqual(['Billie Jean', 'Creep', 'Africa']);
    store.setChosen(store.chosen().filter((row) => row.songId !== 'a'));
    expect(store.openProposals().map((proposal) => proposal.title)).toEqual(['Africa']);
    expect(store.changed()).toBe(true);
  });

  it('saves the songIds in their order with one PATCH', async () => {
    store.accept('a');
    store.setChosen(moveItem(store.chosen(), 1, 0));
    const saving = store.save();
    const patch = http.expectOne({ method: 'PATCH', url });
    expect(patch.request.body).toEqual({ songIds: ['a', 'c'] });
    patch.flush(aRehearsal(['a', 'c']));
    expect(await saving).toBe(true);
    expect(chosen()).toEqual(['Africa', 'Creep']);
    expect(store.changed()).toBe(false);
  });
});
