import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import {
  aMeInABand,
  aProblem,
  aSuggestion,
  BAND_ID,
  bandTestProviders,
  failWith,
  settle,
  startSession,
} from '../../testing/fixtures';
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../testing/live';
import { Outbox, provideOutboxKinds } from '../core/offline/outbox';
import { OnlineStatus } from '../core/pwa/online-status';
import { SUGGESTION_VOTE } from './suggestion-vote';
import { SuggestionsStore } from './suggestions-store';

const list = `/api/bands/${BAND_ID}/suggestions`;
const first = aSuggestion({ id: 's1', title: 'Seven Nation Army', votes: 2 });
const second = aSuggestion({ id: 's2', title: 'Superstition', votes: 1, votedByMe: true });
const third = aSuggestion({ id: 's3', title: 'Valerie', votes: 0 });

describe('SuggestionsStore', () => {
  let http: HttpTestingController;
  let store: SuggestionsStore;
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
        provideOutboxKinds(SUGGESTION_VOTE),
        SuggestionsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('member'));
    store = TestBed.inject(SuggestionsStore);
  });

  afterEach(() => http.verify());

  const answerList = async (items = [first, second], nextCursor: string | null = null, params = 'sort=votes') => {
    TestBed.tick();
    http.expectOne(`${list}?${params}`).flush({ items, nextCursor });
    await settle();
  };
  const votes = () => store.items().map((s) => [s.id, s.votes, s.votedByMe, s.votePending]);

  it('reads the first page most voted first, then the next one with its cursor', async () => {
    await answerList([first, second], 'c2');
    expect(store.items().map((s) => s.title)).toEqual(['Seven Nation Army', 'Superstition']);
    expect(store.hasMore()).toBe(true);

    const more = store.loadMore();
    // A suggestion that moved between pages (a vote meanwhile) shows once.
    http.expectOne(`${list}?sort=votes&cursor=c2`).flush({ items: [second, third], nextCursor: null });
    await expect(more).resolves.toBe(true);
    expect(store.items().map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(store.hasMore()).toBe(false);
  });

  it('reads again from the first page for another order or a search', async () => {
    await answerList([first, second], 'c2');
    store.sort.set('recent');
    store.search.set('  stripes ');
    await answerList([first], null, 'sort=recent&q=stripes');
    expect(store.items().map((s) => s.id)).toEqual(['s1']);
    expect(store.hasMore()).toBe(false);
  });

  it('counts a vote at once, then takes the count of the server', async () => {
    await answerList();
    store.toggleVote(store.items()[0]!);
    expect(votes()[0]).toEqual(['s1', 3, true, true]);

    http.expectOne({ method: 'POST', url: '/api/suggestions/s1/vote' }).flush({ votes: 5, votedByMe: true });
    await settle();
    // Others voted meanwhile: the server's count wins.
    expect(votes()[0]).toEqual(['s1', 5, true, false]);

    store.toggleVote(store.items()[1]!);
    expect(votes()[1]).toEqual(['s2', 0, false, true]);
    http.expectOne({ method: 'DELETE', url: '/api/suggestions/s2/vote' }).flush({ votes: 0, votedByMe: false });
    await settle();
    expect(votes()[1]).toEqual(['s2', 0, false, false]);
  });

  it('puts the count back and says why when the server refuses the vote', async () => {
    await answerList();
    store.toggleVote(store.items()[0]!);
    failWith(http.expectOne('/api/suggestions/s1/vote'), aProblem(403, 'BANDS.INSUFFICIENT_ROLE'));
    await settle();
    expect(votes()[0]).toEqual(['s1', 2, false, false]);
    expect(
      TestBed.inject(Outbox)
        .notices()
        .map((n) => n.message),
    ).toEqual(["Votre vote pour « Seven Nation Army » n'a pas été enregistré."]);
  });

  it('removes a suggestion the server no longer has when a vote on it is refused with 404', async () => {
    await answerList();
    store.toggleVote(store.items()[0]!);
    failWith(http.expectOne('/api/suggestions/s1/vote'), aProblem(404, 'REPERTOIRE.SUGGESTION_NOT_FOUND'));
    await settle();
    expect(store.items().map((s) => s.id)).toEqual(['s2']);
  });

  it('keeps a vote made offline, shown as pending, and sends it when the network returns', async () => {
    await answerList();
    online.set(false);
    TestBed.tick();
    store.toggleVote(store.items()[0]!);
    store.toggleVote(store.items()[0]!);
    store.toggleVote(store.items()[0]!);
    http.expectNone('/api/suggestions/s1/vote');
    expect(votes()[0]).toEqual(['s1', 3, true, true]);

    online.set(true);
    TestBed.tick();
    await settle();
    // Three taps offline: one vote sent.
    http.expectOne({ method: 'POST', url: '/api/suggestions/s1/vote' }).flush({ votes: 3, votedByMe: true });
    await settle();
    expect(votes()[0]).toEqual(['s1', 3, true, false]);
  });

  it('adds a proposed suggestion at the top, and hands the field errors of a refusal to the form', async () => {
    await answerList();
    const refused = store.propose({ title: 'Valerie', links: ['https://x'] });
    failWith(
      http.expectOne({ method: 'POST', url: list }),
      aProblem(400, 'VALIDATION_FAILED', { errors: [{ field: 'links.0', message: 'A link is an https:// address.' }] }),
    );
    await expect(refused).resolves.toBe(false);
    expect(store.saving().failure).toEqual({
      message: null,
      fieldErrors: [{ field: 'links', message: 'A link is an https:// address.' }],
      status: 400,
    });

    const proposing = store.propose({ title: 'Valerie' });
    http.expectOne({ method: 'POST', url: list }).flush(third, { status: 201, statusText: 'Created' });
    await expect(proposing).resolves.toBe(true);
    expect(store.items().map((s) => s.id)).toEqual(['s3', 's1', 's2']);
  });

  it('edits, deletes and promotes, and lets the author and the managers change a suggestion', async () => {
    await answerList([first, aSuggestion({ id: 's2', createdBy: { id: 'someone-else', displayName: 'Bob' } })]);
    expect(store.canChange(store.items()[0]!)).toBe(true);
    expect(store.canChange(store.items()[1]!)).toBe(false);
    expect(store.canManage()).toBe(false);

    const editing = store.edit('s1', { title: 'Seven Nation Army (live)' });
    http
      .expectOne({ method: 'PATCH', url: '/api/suggestions/s1' })
      .flush({ ...first, title: 'Seven Nation Army (live)' });
    await expect(editing).resolves.toBe(true);
    expect(store.items()[0]!.title).toBe('Seven Nation Army (live)');

    const removing = store.remove('s1');
    http
      .expectOne({ method: 'DELETE', url: '/api/suggestions/s1' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await expect(removing).resolves.toBe(true);
    expect(store.items().map((s) => s.id)).toEqual(['s2']);

    const promoting = store.promote('s2');
    http.expectOne({ method: 'POST', url: '/api/suggestions/s2/promote' }).flush({ song: { id: 'song-1' } });
    await expect(promoting).resolves.toBe('song-1');
    expect(store.items()).toEqual([]);
  });

  it('drops a suggestion that is gone when deleting it answers 404, and says so', async () => {
    await answerList();
    const removing = store.remove('s1');
    failWith(
      http.expectOne({ method: 'DELETE', url: '/api/suggestions/s1' }),
      aProblem(404, 'REPERTOIRE.SUGGESTION_NOT_FOUND'),
    );
    await expect(removing).resolves.toBe(false);
    expect(store.items().map((s) => s.id)).toEqual(['s2']);
    expect(store.itemChange().failure?.message).toContain("n'existe plus");
  });

  it('follows the band live: a vote moves its count in place, a new or promoted suggestion reads the list again', async () => {
    await answerList();
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'vote.changed', suggestionId: 's1', votes: 7 }));
    socket.deliver(aLiveMessage({ type: 'vote.changed', suggestionId: 's1', votes: 8 }));
    await afterCoalescing();
    // No read for a vote (afterEach verifies that nothing was asked).
    expect(votes()[0]).toEqual(['s1', 8, false, false]);

    socket.deliver(aLiveMessage({ type: 'suggestion.created', suggestionId: 's3' }));
    socket.deliver(aLiveMessage({ type: 'song.created', songId: 'promoted' }));
    await afterCoalescing();
    await answerList([third, second]);
    expect(store.items().map((s) => s.id)).toEqual(['s3', 's2']);
  });
});
