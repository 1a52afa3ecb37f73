import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, take, toArray } from 'rxjs';

import { aMe, aProblem, bandTestProviders, failWith, settle, startSession } from '../../../testing/fixtures';
import { OnlineStatus } from '../pwa/online-status';
import { SessionStore } from '../session/session-store';
import { Outbox, OutboxDelivery, provideOutboxKinds } from './outbox';
import { OutboxKind } from './outbox-kind';
import { OUTBOX_STORAGE_KEY } from './outbox-storage';

interface Vote {
  suggestionId: string;
  voted: boolean;
}
interface VoteAnswer {
  votes: number;
  votedByMe: boolean;
}
interface Level {
  songId: string;
  level: number;
}

const VOTE: OutboxKind<Vote, VoteAnswer> = {
  name: 'suggestion-vote',
  target: (vote) => vote.suggestionId,
  send: (vote, http) => {
    const url = `/api/suggestions/${vote.suggestionId}/vote`;
    return vote.voted ? http.post<VoteAnswer>(url, null) : http.delete<VoteAnswer>(url);
  },
  refusal: (vote) => `Vote refusé pour ${vote.suggestionId}`,
};

const LEVEL: OutboxKind<Level, unknown> = {
  name: 'song-level',
  target: (level) => level.songId,
  send: (level, http) => http.put(`/api/songs/${level.songId}/progress`, { level: level.level }),
};

const BOB_ID = '0190c0de-0000-7000-8000-000000000002';

describe('Outbox', () => {
  let online: ReturnType<typeof signal<boolean>>;
  let http: HttpTestingController;

  /** A fresh app (as after a reload): what localStorage holds is all that survives. */
  function startApp(): Outbox {
    TestBed.resetTestingModule();
    online = signal(true);
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        { provide: OnlineStatus, useValue: { online, settled: () => Promise.resolve(online()) } },
        provideOutboxKinds(VOTE, LEVEL),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(Outbox);
  }

  const goOnline = (value: boolean) => {
    online.set(value);
    TestBed.tick();
  };
  const stored = () => JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? 'null') as unknown;
  const voteUrl = (id: string) => `/api/suggestions/${id}/vote`;

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  describe('online', () => {
    let outbox: Outbox;
    beforeEach(async () => {
      outbox = startApp();
      await startSession(aMe());
    });

    it('sends at once and hands back the server answer, to the caller and to every listener', async () => {
      const delivered = firstValueFrom(outbox.delivered);
      const voting = outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      expect(outbox.isPending(VOTE, 's1')).toBe(true);
      expect(outbox.pending(VOTE, 's1')).toEqual({ suggestionId: 's1', voted: true });

      http.expectOne({ method: 'POST', url: voteUrl('s1') }).flush({ votes: 3, votedByMe: true });
      await expect(voting).resolves.toEqual({ status: 'sent', answer: { votes: 3, votedByMe: true } });
      await expect(delivered).resolves.toEqual({
        kind: 'suggestion-vote',
        target: 's1',
        payload: { suggestionId: 's1', voted: true },
        outcome: { status: 'sent', answer: { votes: 3, votedByMe: true } },
      });
      expect(outbox.isPending(VOTE, 's1')).toBe(false);
      expect(outbox.count()).toBe(0);
      expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
    });

    it('drops a refused action (4xx), shows why, and goes on with the next one', async () => {
      const voting = outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      const rating = outbox.submit(LEVEL, { songId: 'song1', level: 7 });
      expect(outbox.count()).toBe(2);

      failWith(http.expectOne(voteUrl('s1')), aProblem(404, 'REPERTOIRE.SUGGESTION_NOT_FOUND'));
      await expect(voting).resolves.toMatchObject({
        status: 'refused',
        failure: { status: 404, code: 'REPERTOIRE.SUGGESTION_NOT_FOUND' },
        message: 'Vote refusé pour s1',
      });
      expect(outbox.notices()).toEqual([{ id: expect.any(String), message: 'Vote refusé pour s1' }]);

      // A kind without its own sentence gets the generic one, with the server's reason.
      failWith(
        http.expectOne('/api/songs/song1/progress'),
        aProblem(409, 'REPERTOIRE.CONFLICT', { detail: 'The song was deleted.' }),
      );
      await expect(rating).resolves.toMatchObject({ status: 'refused' });
      expect(outbox.notices().map((notice) => notice.message)).toEqual([
        'Vote refusé pour s1',
        "Une action n'a pas pu être enregistrée : The song was deleted.",
      ]);
      expect(outbox.count()).toBe(0);

      outbox.dismiss(outbox.notices()[0]!.id);
      expect(outbox.notices()).toHaveLength(1);
    });

    it('refuses a kind nobody registered, so that no action is kept that nothing could send', () => {
      const unknown: OutboxKind<string, unknown> = { name: 'attendance', target: (id) => id, send: () => null! };
      expect(() => outbox.submit(unknown, 'g1')).toThrow('Outbox kind "attendance" is not registered');
    });

    it('queues an action on a target whose earlier action is on its way, and sends it next', async () => {
      const vote = outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      const post = http.expectOne({ method: 'POST', url: voteUrl('s1') });
      const unvote = outbox.submit(VOTE, { suggestionId: 's1', voted: false });
      expect(outbox.pending(VOTE, 's1')).toEqual({ suggestionId: 's1', voted: false });
      http.expectNone({ method: 'DELETE', url: voteUrl('s1') });

      post.flush({ votes: 1, votedByMe: true });
      await expect(vote).resolves.toMatchObject({ status: 'sent' });
      // The newer intent still shows until its own answer.
      expect(outbox.pending(VOTE, 's1')).toEqual({ suggestionId: 's1', voted: false });

      http.expectOne({ method: 'DELETE', url: voteUrl('s1') }).flush({ votes: 0, votedByMe: false });
      await expect(unvote).resolves.toEqual({ status: 'sent', answer: { votes: 0, votedByMe: false } });
      expect(outbox.isPending(VOTE, 's1')).toBe(false);
    });
  });

  describe('offline', () => {
    let outbox: Outbox;
    beforeEach(async () => {
      outbox = startApp();
      await startSession(aMe());
      goOnline(false);
    });

    it('keeps actions on the device, shows them pending, and sends them in order once online', async () => {
      const all = firstValueFrom(outbox.delivered.pipe(take(3), toArray()));
      void outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      void outbox.submit(LEVEL, { songId: 'song1', level: 4 });
      void outbox.submit(VOTE, { suggestionId: 's2', voted: true });
      await settle();
      http.expectNone(() => true);

      expect(outbox.count()).toBe(3);
      expect(outbox.pending(LEVEL, 'song1')).toEqual({ songId: 'song1', level: 4 });
      expect(outbox.isPending(VOTE, 's3')).toBe(false);
      expect(stored()).toMatchObject({
        userId: aMe().id,
        entries: [
          { kind: 'suggestion-vote', target: 's1' },
          { kind: 'song-level', target: 'song1' },
          { kind: 'suggestion-vote', target: 's2' },
        ],
      });

      goOnline(true);
      // One at a time: the next leaves once the previous one is answered.
      http.expectOne({ method: 'POST', url: voteUrl('s1') }).flush({ votes: 1, votedByMe: true });
      http.expectNone('/api/songs/song1/progress');
      await settle();
      const put = http.expectOne({ method: 'PUT', url: '/api/songs/song1/progress' });
      expect(put.request.body).toEqual({ level: 4 });
      put.flush({ level: 4 });
      await settle();
      http.expectOne({ method: 'POST', url: voteUrl('s2') }).flush({ votes: 2, votedByMe: true });

      const delivered: OutboxDelivery[] = await all;
      expect(delivered.map((d) => [d.kind, d.target, d.outcome.status])).toEqual([
        ['suggestion-vote', 's1', 'sent'],
        ['song-level', 'song1', 'sent'],
        ['suggestion-vote', 's2', 'sent'],
      ]);
      expect(outbox.count()).toBe(0);
      expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
    });

    it('keeps only the latest intent per target: vote then unvote sends one unvote', async () => {
      const vote = outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      void outbox.submit(LEVEL, { songId: 'song1', level: 3 });
      const unvote = outbox.submit(VOTE, { suggestionId: 's1', voted: false });
      await expect(vote).resolves.toEqual({ status: 'superseded' });
      expect(outbox.count()).toBe(2);
      expect(outbox.pending(VOTE, 's1')).toEqual({ suggestionId: 's1', voted: false });

      goOnline(true);
      // The latest intent counts from when it was made: after the level.
      http.expectOne('/api/songs/song1/progress').flush({});
      await settle();
      http.expectOne({ method: 'DELETE', url: voteUrl('s1') }).flush({ votes: 0, votedByMe: false });
      await expect(unvote).resolves.toMatchObject({ status: 'sent' });
      http.expectNone({ method: 'POST', url: voteUrl('s1') });
    });

    it('survives a reload and is sent by the next start of the app, once the session is known', async () => {
      void outbox.submit(LEVEL, { songId: 'song1', level: 9 });

      const restarted = startApp();
      // Before GET /api/me answers, nobody is known to own them: nothing shows, nothing leaves.
      expect(restarted.count()).toBe(0);
      await startSession(aMe());
      expect(restarted.pending(LEVEL, 'song1')).toEqual({ songId: 'song1', level: 9 });

      const delivered = firstValueFrom(restarted.delivered);
      http.expectOne({ method: 'PUT', url: '/api/songs/song1/progress' }).flush({ level: 9 });
      await expect(delivered).resolves.toMatchObject({ target: 'song1', outcome: { status: 'sent' } });
      expect(restarted.count()).toBe(0);
    });

    it('ignores what it cannot read, and actions of kinds this version does not know', async () => {
      localStorage.setItem(OUTBOX_STORAGE_KEY, '{not json');
      expect(startApp().count()).toBe(0);

      localStorage.setItem(
        OUTBOX_STORAGE_KEY,
        JSON.stringify({
          userId: aMe().id,
          entries: [
            { id: 'a', kind: 'retired-kind', target: 'x', payload: {} },
            { id: 'b', kind: 'song-level', target: 'song2', payload: { songId: 'song2', level: 1 } },
            { kind: 'song-level' },
          ],
        }),
      );
      const restarted = startApp();
      await startSession(aMe());
      expect(restarted.entries().map((entry) => entry.id)).toEqual(['b']);
      http.expectOne('/api/songs/song2/progress').flush({});
      await settle();
    });
  });

  describe('when the network fails', () => {
    let outbox: Outbox;
    beforeEach(async () => {
      outbox = startApp();
      await startSession(aMe());
      jest.useFakeTimers();
    });

    it('keeps the action and retries with a growing delay until it gets through', async () => {
      const voting = outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      http.expectOne(voteUrl('s1')).error(new ProgressEvent('error'), { status: 0 });
      await jest.advanceTimersByTimeAsync(0);
      expect(outbox.isPending(VOTE, 's1')).toBe(true);
      expect(outbox.notices()).toEqual([]);

      await jest.advanceTimersByTimeAsync(1_999);
      http.expectNone(voteUrl('s1'));
      await jest.advanceTimersByTimeAsync(1);
      // The service worker's own answer when the network is gone.
      http.expectOne(voteUrl('s1')).flush(null, { status: 504, statusText: 'Gateway Timeout' });
      await jest.advanceTimersByTimeAsync(3_999);
      http.expectNone(voteUrl('s1'));
      await jest.advanceTimersByTimeAsync(1);
      http.expectOne(voteUrl('s1')).flush({ votes: 1, votedByMe: true });

      await expect(voting).resolves.toMatchObject({ status: 'sent' });
      expect(outbox.count()).toBe(0);
    });

    it('waits as long as a 429 asks, and keeps the rest of the queue behind it', async () => {
      void outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      void outbox.submit(VOTE, { suggestionId: 's2', voted: true });
      failWith(http.expectOne(voteUrl('s1')), aProblem(429, 'RATE_LIMITED'), { 'Retry-After': '30' });
      await jest.advanceTimersByTimeAsync(29_999);
      http.expectNone(() => true);
      await jest.advanceTimersByTimeAsync(1);
      http.expectOne(voteUrl('s1')).flush({ votes: 1, votedByMe: true });
      await jest.advanceTimersByTimeAsync(0);
      http.expectOne(voteUrl('s2')).flush({ votes: 1, votedByMe: true });
      await jest.advanceTimersByTimeAsync(0);
      expect(outbox.count()).toBe(0);
    });

    it('tries again at once when the network comes back, without waiting for the backoff', async () => {
      void outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      http.expectOne(voteUrl('s1')).flush(null, { status: 503, statusText: 'Unavailable' });
      await jest.advanceTimersByTimeAsync(0);
      goOnline(false);
      goOnline(true);
      await jest.advanceTimersByTimeAsync(0);
      http.expectOne(voteUrl('s1')).flush({ votes: 1, votedByMe: true });
      await jest.advanceTimersByTimeAsync(0);
      expect(outbox.count()).toBe(0);
      // The cancelled retry does not send anything more.
      await jest.advanceTimersByTimeAsync(10_000);
    });
  });

  describe('per user', () => {
    let outbox: Outbox;
    let session: SessionStore;
    beforeEach(async () => {
      outbox = startApp();
      session = TestBed.inject(SessionStore);
      await startSession(aMe());
    });

    it('forgets every action and notice at sign-out', async () => {
      void outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      failWith(http.expectOne(voteUrl('s1')), aProblem(403, 'BANDS.NOT_A_MEMBER'));
      await settle();
      expect(outbox.notices()).toHaveLength(1);
      goOnline(false);
      const voting = outbox.submit(VOTE, { suggestionId: 's2', voted: true });

      const signingOut = session.signOut();
      http.expectOne('/api/auth/logout').flush(null);
      await signingOut;
      TestBed.tick();

      await expect(voting).resolves.toEqual({ status: 'discarded' });
      expect(outbox.count()).toBe(0);
      expect(outbox.notices()).toEqual([]);
      expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
      goOnline(true);
      http.expectNone(voteUrl('s2'));
    });

    it("never sends one user's actions under another user's session", async () => {
      goOnline(false);
      void outbox.submit(VOTE, { suggestionId: 's1', voted: true });

      // The next start of the app finds Bob signed in (Alice's session ended on the server).
      const restarted = startApp();
      await startSession(aMe({ id: BOB_ID, username: 'bob' }));
      expect(restarted.count()).toBe(0);
      http.expectNone(voteUrl('s1'));
      expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();

      // Bob's own actions are his.
      void restarted.submit(VOTE, { suggestionId: 's9', voted: true });
      expect(stored()).toMatchObject({ userId: BOB_ID });
      http.expectOne(voteUrl('s9')).flush({ votes: 1, votedByMe: true });
      await settle();
    });

    it('does not hand an answer to the next session when the session ends while it is on its way', async () => {
      const listener = jest.fn();
      outbox.delivered.subscribe(listener);
      const voting = outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      const post = http.expectOne(voteUrl('s1'));

      session.clear();
      post.flush({ votes: 1, votedByMe: true });
      await settle();
      TestBed.tick();

      expect(listener).not.toHaveBeenCalled();
      await expect(voting).resolves.toEqual({ status: 'discarded' });
    });

    it('drops everything when the server says the session is over (401)', async () => {
      void outbox.submit(VOTE, { suggestionId: 's1', voted: true });
      const rating = outbox.submit(LEVEL, { songId: 'song1', level: 2 });
      failWith(http.expectOne(voteUrl('s1')), aProblem(401, 'IDENTITY.UNAUTHENTICATED'));
      await expect(rating).resolves.toEqual({ status: 'discarded' });
      http.expectNone('/api/songs/song1/progress');
      expect(outbox.notices()).toEqual([]);
    });
  });

  it("follows another tab's outbox", async () => {
    const outbox = startApp();
    await startSession(aMe());
    goOnline(false);
    const voting = outbox.submit(VOTE, { suggestionId: 's1', voted: true });

    // The other tab sent it and wrote down what is left: a level of its own.
    const entries = [{ id: 'other', kind: 'song-level', target: 'song1', payload: { songId: 'song1', level: 5 } }];
    localStorage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify({ userId: aMe().id, entries }));
    window.dispatchEvent(new StorageEvent('storage', { key: OUTBOX_STORAGE_KEY }));

    await expect(voting).resolves.toEqual({ status: 'superseded' });
    expect(outbox.pending(LEVEL, 'song1')).toEqual({ songId: 'song1', level: 5 });
    expect(outbox.isPending(VOTE, 's1')).toBe(false);
  });
});
