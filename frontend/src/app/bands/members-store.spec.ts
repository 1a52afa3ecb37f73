import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import {
  aBand,
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
import { aLiveMessage, afterCoalescing, connectLive, FakeSockets } from '../../testing/live';
import { SessionStore } from '../core/session/session-store';
import { MembersStore } from './members-store';

const BOB = '0190c0de-0000-7000-8000-000000000002';
const bob = aMember({ userId: BOB, displayName: 'Bob', role: 'member' });
const members = (bandId = BAND_ID) => `/api/bands/${bandId}/members`;
const noContent = { status: 204, statusText: 'No Content' };

describe('MembersStore', () => {
  let http: HttpTestingController;
  let store: MembersStore;
  let session: SessionStore;
  let sockets: FakeSockets;

  beforeEach(async () => {
    localStorage.clear();
    sockets = new FakeSockets();
    TestBed.configureTestingModule({ providers: [...bandTestProviders(), sockets.provider, MembersStore] });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    await startSession(aMeInABand());
    store = TestBed.inject(MembersStore);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const answerMembers = async (list = [aMember(), bob], bandId = BAND_ID) => {
    http.expectOne({ method: 'GET', url: members(bandId) }).flush(list);
    await settle();
  };

  it("reads the active band's members (GET /api/bands/{id}/members)", async () => {
    expect(store.membersLoading()).toBe(true);
    await answerMembers();
    expect(store.members().map((member) => member.displayName)).toEqual(['Alice', 'Bob']);
    expect(store.membersLoading()).toBe(false);
    expect(store.inviteCode()).toBe('K7RD9-PXM4H');
  });

  it('notices my role changed elsewhere and tells the session', async () => {
    await answerMembers([aMember({ role: 'manager' }), bob]);
    TestBed.tick();
    expect(session.activeBand()?.role).toBe('manager');
    expect(store.isAdmin()).toBe(false);
  });

  it('reads the new band when another one becomes active, and drops the read of the previous one', async () => {
    const first = http.expectOne(members());
    session.adoptBand({ id: OTHER_BAND_ID, name: 'Duo', role: 'member' });
    TestBed.tick();
    expect(first.cancelled).toBe(true);
    expect(store.members()).toEqual([]);
    http.expectOne(`/api/bands/${OTHER_BAND_ID}`).flush(aBand({ id: OTHER_BAND_ID, name: 'Duo' }));
    await answerMembers([aMember({ role: 'member' })], OTHER_BAND_ID);
    expect(store.members()).toHaveLength(1);
    expect(store.bandName()).toBe('Duo');
  });

  it('says why the list could not be read, and asks the session again after a 404 (removed meanwhile)', async () => {
    failWith(http.expectOne(members()), aProblem(404, 'BANDS.BAND_NOT_FOUND'));
    await settle();
    expect(store.membersError()).toBe("Ce groupe n'existe plus, ou vous n'en faites plus partie.");
    http.expectOne('/api/me').flush(aMe());
    await settle();
    TestBed.tick();
    expect(store.members()).toEqual([]);
    expect(store.membersError()).toBeNull();
  });

  it('reads the list and the band again on demand', async () => {
    http.expectOne(members()).error(new ProgressEvent('error'));
    await settle();
    expect(store.membersError()).toContain('Impossible de joindre le serveur');
    store.reload();
    TestBed.tick();
    await answerMembers();
    http.expectOne(`/api/bands/${BAND_ID}`).flush(aBand());
    expect(store.members()).toHaveLength(2);
  });

  describe('with the list read', () => {
    beforeEach(() => answerMembers());

    it('changes a role (PATCH) and shows the answer', async () => {
      const changing = store.changeRole(bob, 'admin');
      expect(store.memberChange()).toMatchObject({ pending: true, subject: BOB });
      const patch = http.expectOne({ method: 'PATCH', url: `${members()}/${BOB}` });
      expect(patch.request.body).toEqual({ role: 'admin' });
      patch.flush({ ...bob, role: 'admin' });
      await expect(changing).resolves.toBe(true);
      expect(store.members()[1].role).toBe('admin');
    });

    it('explains the refusals of a role change', async () => {
      const own = store.changeRole(aMember(), 'member');
      failWith(http.expectOne(`${members()}/${ME_ID}`), aProblem(422, 'BANDS.OWN_ROLE'));
      await expect(own).resolves.toBe(false);
      expect(store.memberChange().failure?.message).toContain('Personne ne change son propre rôle');

      const last = store.changeRole(bob, 'member');
      failWith(http.expectOne(`${members()}/${BOB}`), aProblem(409, 'BANDS.LAST_ADMIN'));
      await last;
      expect(store.memberChange()).toMatchObject({ subject: BOB, failure: { code: 'BANDS.LAST_ADMIN' } });
      expect(store.memberChange().failure?.message).toContain('au moins un administrateur');
    });

    it('after a 403 (no longer admin), asks the session again', async () => {
      const changing = store.changeRole(bob, 'admin');
      failWith(http.expectOne(`${members()}/${BOB}`), aProblem(403, 'BANDS.INSUFFICIENT_ROLE'));
      await changing;
      expect(store.memberChange().failure?.message).toContain('Seuls les administrateurs');
      http.expectOne('/api/me').flush(aMeInABand('member'));
      await settle();
      expect(store.isAdmin()).toBe(false);
    });

    it('removes a member (DELETE)', async () => {
      const removing = store.removeMember(bob);
      http.expectOne({ method: 'DELETE', url: `${members()}/${BOB}` }).flush(null, noContent);
      await expect(removing).resolves.toBe(true);
      expect(store.members().map((member) => member.displayName)).toEqual(['Alice']);
    });

    it('leaves (DELETE of myself), then the session says which band is active', async () => {
      const leaving = store.leave();
      http.expectOne({ method: 'DELETE', url: `${members()}/${ME_ID}` }).flush(null, noContent);
      await settle();
      http.expectOne('/api/me').flush(aMe());
      await expect(leaving).resolves.toBe(true);
      TestBed.tick();
      expect(session.activeBandId()).toBeNull();
      expect(store.members()).toEqual([]);
    });

    it('explains why the last admin cannot leave (409 BANDS.LAST_ADMIN)', async () => {
      const leaving = store.leave();
      failWith(http.expectOne(`${members()}/${ME_ID}`), aProblem(409, 'BANDS.LAST_ADMIN'));
      await expect(leaving).resolves.toBe(false);
      expect(store.leaving().failure?.message).toBe(
        'Vous êtes le dernier administrateur : nommez un autre administrateur avant de partir.',
      );
      expect(session.activeBandId()).toBe(BAND_ID);
    });

    it('renews the invitation code: the band shows the new one, with no second read', async () => {
      const renewing = store.renewInviteCode();
      http.expectOne({ method: 'POST', url: `/api/bands/${BAND_ID}/invite-code` }).flush({ inviteCode: 'ZZZZZ-22222' });
      await expect(renewing).resolves.toBe(true);
      expect(store.inviteCode()).toBe('ZZZZZ-22222');
      TestBed.tick();
      http.expectNone(`/api/bands/${BAND_ID}`);
    });
  });

  it('reads the members again when someone joins, leaves or changes role', async () => {
    await answerMembers();
    const socket = connectLive(sockets);
    socket.deliver(aLiveMessage({ type: 'member.left', userId: BOB }));
    await afterCoalescing();
    await answerMembers([aMember()]);
    expect(store.members().map((m) => m.displayName)).toEqual(['Alice']);
  });
});
