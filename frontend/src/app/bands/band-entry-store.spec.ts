import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aBand, aMe, aProblem, BAND_ID, bandTestProviders, failWith, startSession } from '../../testing/fixtures';
import { ActiveBand } from '../core/band/active-band';
import { SessionStore } from '../core/session/session-store';
import { BandEntryStore } from './band-entry-store';

describe('BandEntryStore', () => {
  let http: HttpTestingController;
  let store: BandEntryStore;
  let session: SessionStore;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), BandEntryStore] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(BandEntryStore);
    session = TestBed.inject(SessionStore);
    await startSession(aMe());
  });

  afterEach(() => http.verify());

  it('creates a band: I am its admin and it becomes the active band, with no second read', async () => {
    const creating = store.create('Les Rythmes');
    expect(store.creation().pending).toBe(true);
    const post = http.expectOne({ method: 'POST', url: '/api/bands' });
    expect(post.request.body).toEqual({ name: 'Les Rythmes' });
    post.flush({ band: aBand() });
    await expect(creating).resolves.toMatchObject({ id: BAND_ID });

    expect(store.creation()).toMatchObject({ pending: false, done: true, failure: null });
    expect(session.activeBand()).toEqual({ id: BAND_ID, name: 'Les Rythmes', role: 'admin' });
    expect(TestBed.inject(ActiveBand).band()?.inviteCode).toBe('K7RD9-PXM4H');
    TestBed.tick();
    http.expectNone(`/api/bands/${BAND_ID}`);
  });

  it('joins with a code, with the role the server gives', async () => {
    const joining = store.join('K7RD9-PXM4H');
    const post = http.expectOne({ method: 'POST', url: '/api/bands/join' });
    expect(post.request.body).toEqual({ inviteCode: 'K7RD9-PXM4H' });
    post.flush({ band: aBand({ inviteCode: undefined }), role: 'member' });
    await joining;

    expect(session.activeBand()).toEqual({ id: BAND_ID, name: 'Les Rythmes', role: 'member' });
    expect(store.joining()).toMatchObject({ done: true, failure: null });
  });

  it('explains an unknown code (404 BANDS.INVITE_CODE_NOT_FOUND), and forgets it on reset', async () => {
    const joining = store.join('K7RD9-PXM4H');
    failWith(
      http.expectOne('/api/bands/join'),
      aProblem(404, 'BANDS.INVITE_CODE_NOT_FOUND', { errors: [{ field: 'inviteCode', message: 'No band' }] }),
    );
    await expect(joining).resolves.toBeNull();

    expect(store.joining().failure?.code).toBe('BANDS.INVITE_CODE_NOT_FOUND');
    expect(store.joining().failure?.message).toContain("Aucun groupe n'a ce code");
    expect(session.activeBandId()).toBeNull();
    store.resetJoin();
    expect(store.joining().failure).toBeNull();
  });

  it('puts a refused name under its field, in French', async () => {
    const creating = store.create('x');
    failWith(
      http.expectOne('/api/bands'),
      aProblem(400, 'VALIDATION_FAILED', { errors: [{ field: 'name', message: 'name must be shorter' }] }),
    );
    await creating;
    expect(store.creation().failure).toEqual({
      message: null,
      fieldErrors: [{ field: 'name', message: 'Le nom a de 1 à 80 caractères.' }],
      code: 'VALIDATION_FAILED',
    });
  });

  it('says when the server cannot be reached', async () => {
    const creating = store.create('Les Rythmes');
    http.expectOne('/api/bands').error(new ProgressEvent('error'));
    await creating;
    expect(store.creation().failure?.message).toContain('Impossible de joindre le serveur');
  });
});
