import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aProblem, bandTestProviders, failWith, settle } from '../../testing/fixtures';
import { InvitationStore } from './invitation-store';

describe('InvitationStore', () => {
  let store: InvitationStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), InvitationStore] });
    store = TestBed.inject(InvitationStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const answered = async () => {
    await settle();
    TestBed.tick();
  };

  it('asks nothing until it is given a code', async () => {
    await answered();
    http.expectNone(() => true);
    expect(store.invitation()).toBeNull();
    expect(store.failure()).toBeNull();
  });

  it('reads the band’s name and size from the public look-up', async () => {
    store.lookUp('K7RD9-PXM4H');
    await answered();
    http
      .expectOne({ method: 'GET', url: '/api/invites/K7RD9-PXM4H' })
      .flush({ bandName: 'Les Baguettes Folles', memberCount: 3 });
    await answered();
    expect(store.invitation()).toEqual({ bandName: 'Les Baguettes Folles', memberCount: 3 });
    expect(store.failure()).toBeNull();
  });

  it('says a code no band has is no longer valid', async () => {
    store.lookUp('ZZZZZ-ZZZZZ');
    await answered();
    failWith(http.expectOne('/api/invites/ZZZZZ-ZZZZZ'), aProblem(404, 'BANDS.INVITE_CODE_NOT_FOUND'));
    await answered();
    expect(store.invitation()).toBeNull();
    expect(store.failure()).toEqual({
      gone: true,
      message: "Cette invitation n'est plus valable. Demandez un nouveau lien à un membre du groupe.",
    });
  });

  it('says how long to wait when rate limited, and reads again on retry', async () => {
    store.lookUp('K7RD9-PXM4H');
    await answered();
    failWith(http.expectOne('/api/invites/K7RD9-PXM4H'), aProblem(429, 'RATE_LIMITED'), { 'Retry-After': '600' });
    await answered();
    expect(store.failure()).toEqual({ gone: false, message: 'Trop de tentatives. Réessayez dans 10 minutes.' });

    store.retry();
    await answered();
    http.expectOne('/api/invites/K7RD9-PXM4H').flush({ bandName: 'Les Baguettes Folles', memberCount: 4 });
    await answered();
    expect(store.failure()).toBeNull();
    expect(store.invitation()?.memberCount).toBe(4);
  });

  it('tells a network failure apart from a dead code', async () => {
    store.lookUp('K7RD9-PXM4H');
    await answered();
    http.expectOne('/api/invites/K7RD9-PXM4H').error(new ProgressEvent('error'));
    await answered();
    expect(store.failure()).toEqual({
      gone: false,
      message: expect.stringContaining('Impossible de joindre le serveur'),
    });
  });
});
