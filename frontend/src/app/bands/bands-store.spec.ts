import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import {
  aBand,
  aBandWithCount,
  aMe,
  aMeInABand,
  aMember,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  ME_ID,
  OTHER_BAND_ID,
  settle,
  startSession,
} from '../../testing/fixtures';
import { ActiveBand } from '../core/band/active-band';
import { SessionStore } from '../core/session/session-store';
import { BandsStore } from './bands-store';

const BOB = '0190c0de-0000-7000-8000-000000000002';

describe('BandsStore', () => {
  let http: HttpTestingController;
  let store: BandsStore;
  let session: SessionStore;
  let active: ActiveBand;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), BandsStore] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(BandsStore);
    session = TestBed.inject(SessionStore);
    active = TestBed.inject(ActiveBand);
  });

  afterEach(() => http.verify());

  describe('creating and joining', () => {
    beforeEach(() => startSession(aMe()));

    it('creates a band: I am its admin and it becomes the active band, with no second read', async () => {
      const creating = store.create('Les Rythmes');
      const post = http.expectOne({ method: 'POST', url: '/api/bands' });
      expect(post.request.body).toEqual({ name: 'Les Rythmes' });
      post.flush({ band: aBand() });
      await expect(creating).resolves.toMatchObject({ id: BAND_ID });

      expect(session.activeBand()).toEqual({ id: BAND_ID, name: 'Les Rythmes', role: 'admin' });
      expect(active.band()?.inviteCode).toBe('K7RD9-PXM4H');
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
      expect(store.joining()).toMatchObject({ done: true, error: null });
    });

    it('explains an unknown code (404 BANDS.INVITE_CODE_NOT_FOUND)', async () => {
      const joining = store.join('K7RD9-PXM4H');
      failWith(
        http.expectOne('/api/bands/join'),
        aProblem(404, 'BANDS.INVITE_CODE_NOT_FOUND', { errors: [{ field: 'inviteCode', message: 'No band' }] }),
      );
      await expect(joining).resolves.toBeNull();

      expect(store.joining()).toMatchObject({ code: 'BANDS.INVITE_CODE_NOT_FOUND' });
      expect(store.joining().error).toContain("Aucun groupe n'a ce code");
      expect(session.activeBandId()).toBeNull();
    });

    it('puts a refused name under its field, in French', async () => {
      const creating = store.create('x');
      failWith(
        http.expectOne('/api/bands'),
        aProblem(400, 'VALIDATION_FAILED', { errors: [{ field: 'name', message: 'name must be shorter' }] }),
      );
      await creating;
      expect(store.creation().fieldErrors).toEqual([{ field: 'name', message: 'Le nom a de 1 à 80 caractères.' }]);
      expect(store.creation().error).toBeNull();
    });

    it('says when the server cannot be reached', async () => {
      const creating = store.create('Les Rythmes');
      http.expectOne('/api/bands').error(new ProgressEvent('error'));
      await creating;
      expect(store.creation().error).toContain('Impossible de joindre le serveur');
    });
  });

  describe('my bands', () => {
    beforeEach(() => startSession(aMeInABand()));

    it('lists them with their size (GET /api/bands)', async () => {
      const loading = store.loadMyBands();
      http.expectOne({ method: 'GET', url: '/api/bands' }).flush([aBandWithCount()]);
      await loading;
      expect(store.myBands()).toEqual([aBandWithCount()]);
      expect(store.myBandsStatus()).toBe('loaded');
    });

    it('keeps what it had when a reload fails', async () => {
      const first = store.loadMyBands();
      http.expectOne('/api/bands').flush([aBandWithCount()]);
      await first;
      const second = store.loadMyBands();
      http.expectOne('/api/bands').error(new ProgressEvent('error'));
      await second;
      expect(store.myBandsStatus()).toBe('failed');
      expect(store.myBands()).toHaveLength(1);
    });
  });

  describe('members', () => {
    const bob = aMember({ userId: BOB, displayName: 'Bob', role: 'member' });

    beforeEach(async () => {
      await startSession(aMeInABand());
      const loading = store.loadMembers();
      http.expectOne({ method: 'GET', url: `/api/bands/${BAND_ID}/members` }).flush([aMember(), bob]);
      await loading;
    });

    it("lists the active band's members", () => {
      expect(store.members().map((member) => member.displayName)).toEqual(['Alice', 'Bob']);
      expect(store.membersStatus()).toBe('loaded');
    });

    it('notices my role changed elsewhere and tells the session', async () => {
      const loading = store.loadMembers();
      http.expectOne(`/api/bands/${BAND_ID}/members`).flush([aMember({ role: 'manager' }), bob]);
      await loading;
      expect(session.activeBand()?.role).toBe('manager');
      expect(store.isAdmin()).toBe(false);
    });

    it('changes a role (PATCH) and shows the answer', async () => {
      const changing = store.changeRole(bob, 'admin');
      const patch = http.expectOne({ method: 'PATCH', url: `/api/bands/${BAND_ID}/members/${BOB}` });
      expect(patch.request.body).toEqual({ role: 'admin' });
      patch.flush({ ...bob, role: 'admin' });
      await expect(changing).resolves.toBe(true);
      expect(store.members()[1].role).toBe('admin');
    });

    it('explains the refusals of a role change', async () => {
      const own = store.changeRole(aMember(), 'member');
      failWith(http.expectOne(`/api/bands/${BAND_ID}/members/${ME_ID}`), aProblem(422, 'BANDS.OWN_ROLE'));
      await expect(own).resolves.toBe(false);
      expect(store.memberAction().error).toContain('Personne ne change son propre rôle');

      const last = store.changeRole(bob, 'member');
      failWith(http.expectOne(`/api/bands/${BAND_ID}/members/${BOB}`), aProblem(409, 'BANDS.LAST_ADMIN'));
      await last;
      expect(store.memberAction()).toMatchObject({ userId: BOB, code: 'BANDS.LAST_ADMIN' });
      expect(store.memberAction().error).toContain('au moins un administrateur');
    });

    it('after a 403 (no longer admin), asks the session again', async () => {
      const changing = store.changeRole(bob, 'admin');
      failWith(http.expectOne(`/api/bands/${BAND_ID}/members/${BOB}`), aProblem(403, 'BANDS.INSUFFICIENT_ROLE'));
      await changing;
      expect(store.memberAction().error).toContain('Seuls les administrateurs');
      http.expectOne('/api/me').flush(aMeInABand('member'));
      await settle();
      expect(store.isAdmin()).toBe(false);
    });

    it('removes a member (DELETE)', async () => {
      const removing = store.removeMember(bob);
      http.expectOne({ method: 'DELETE', url: `/api/bands/${BAND_ID}/members/${BOB}` }).flush(null, {
        status: 204,
        statusText: 'No Content',
      });
      await expect(removing).resolves.toBe(true);
      expect(store.members().map((member) => member.displayName)).toEqual(['Alice']);
    });

    it('leaves (DELETE of myself), then the session says which band is active', async () => {
      const leaving = store.leave();
      http.expectOne({ method: 'DELETE', url: `/api/bands/${BAND_ID}/members/${ME_ID}` }).flush(null, {
        status: 204,
        statusText: 'No Content',
      });
      await settle();
      http.expectOne('/api/me').flush(aMe());
      await expect(leaving).resolves.toBe(true);
      expect(session.activeBandId()).toBeNull();
      expect(store.members()).toEqual([]);
    });

    it('explains why the last admin cannot leave (409 BANDS.LAST_ADMIN)', async () => {
      const leaving = store.leave();
      failWith(http.expectOne(`/api/bands/${BAND_ID}/members/${ME_ID}`), aProblem(409, 'BANDS.LAST_ADMIN'));
      await expect(leaving).resolves.toBe(false);
      expect(store.memberAction().error).toBe(
        'Vous êtes le dernier administrateur : nommez un autre administrateur avant de partir.',
      );
      expect(session.activeBandId()).toBe(BAND_ID);
    });

    it('forgets the list of another band', async () => {
      session.adoptBand({ id: OTHER_BAND_ID, name: 'Duo', role: 'member' });
      expect(store.members()).toEqual([]);
      expect(store.membersStatus()).toBe('idle');
      TestBed.tick();
      http.expectOne(`/api/bands/${OTHER_BAND_ID}`).flush(aBand({ id: OTHER_BAND_ID, name: 'Duo' }));
    });
  });

  describe('settings and invitation', () => {
    beforeEach(() => startSession(aMeInABand()));

    it('saves the settings (PATCH) and adopts the band the server answers', async () => {
      const saving = store.saveSettings({ name: 'Les Rythmes du Jeudi', template: 'groove' });
      const patch = http.expectOne({ method: 'PATCH', url: `/api/bands/${BAND_ID}` });
      expect(patch.request.body).toEqual({ name: 'Les Rythmes du Jeudi', template: 'groove' });
      patch.flush(aBand({ name: 'Les Rythmes du Jeudi', template: 'groove' }));
      await expect(saving).resolves.toBe(true);

      expect(store.band()?.template).toBe('groove');
      expect(session.activeBand()?.name).toBe('Les Rythmes du Jeudi');
    });

    it('returns field errors in French, per field (400 BANDS.INVALID_SETTING)', async () => {
      const saving = store.saveSettings({ logoUrl: 'ftp://x' });
      failWith(
        http.expectOne(`/api/bands/${BAND_ID}`),
        aProblem(400, 'BANDS.INVALID_SETTING', { errors: [{ field: 'logoUrl', message: 'The logo is https' }] }),
      );
      await expect(saving).resolves.toBe(false);
      expect(store.settings().fieldErrors).toEqual([
        {
          field: 'logoUrl',
          message: 'Une adresse qui commence par https:// (ou http://), de 2048 caractères au maximum.',
        },
      ]);
    });

    it('renews the invitation code: the band shows the new one', async () => {
      const renewing = store.renewInviteCode();
      http.expectOne({ method: 'POST', url: `/api/bands/${BAND_ID}/invite-code` }).flush({ inviteCode: 'ZZZZZ-22222' });
      await expect(renewing).resolves.toBe(true);
      expect(store.band()?.inviteCode).toBe('ZZZZZ-22222');
    });

    it('switches the active band', async () => {
      session.adoptBand({ id: OTHER_BAND_ID, name: 'Duo', role: 'member' });
      TestBed.tick();
      http.expectOne(`/api/bands/${OTHER_BAND_ID}`).flush(aBand({ id: OTHER_BAND_ID, name: 'Duo' }));
      await settle();

      const switching = store.switchTo(BAND_ID);
      http.expectOne({ method: 'PUT', url: '/api/me/active-band' }).flush({ activeBandId: BAND_ID });
      await expect(switching).resolves.toBe(true);
      expect(store.activeBandId()).toBe(BAND_ID);
      TestBed.tick();
      http.expectOne(`/api/bands/${BAND_ID}`).flush(aBand());
    });
  });
});
