import { beforeEach, describe, expect, it } from '@jest/globals';
import type { IdentityAdapters, IdentityAdaptersFactory } from './identity-adapters.js';
import { aSession, aUser } from './user.mother.js';

/** What every SessionRepository must do, whatever stores it. */
export function sessionRepositoryContract(makeAdapters: IdentityAdaptersFactory): void {
  describe('SessionRepository contract', () => {
    let adapters: IdentityAdapters;
    let userId: string;
    beforeEach(async () => {
      adapters = await makeAdapters();
      const user = aUser();
      await adapters.users.save(user);
      userId = user.id;
    });

    it('finds a saved session by its token hash, with every field intact', async () => {
      const session = aSession(userId);
      await adapters.sessions.save(session);
      const found = await adapters.sessions.findByTokenHash(session.snapshot().tokenHash);
      expect(found?.snapshot()).toEqual(session.snapshot());
      expect(await adapters.sessions.findByTokenHash('f'.repeat(64))).toBeNull();
    });

    it('adds a session only while the user’s password hash is still the one checked', async () => {
      const user = (await adapters.users.findById(userId))!;
      const checked = user.passwordHash;
      const first = aSession(userId);
      await expect(adapters.sessions.addIfPasswordUnchanged(first, checked)).resolves.toBe(true);
      user.changePasswordHash('pbkdf2_sha256$1000$bmV3$bmV3');
      await adapters.users.savePasswordHash(user, checked);
      const late = aSession(userId);
      await expect(adapters.sessions.addIfPasswordUnchanged(late, checked)).resolves.toBe(false);
      expect(await adapters.sessions.findByTokenHash(late.snapshot().tokenHash)).toBeNull();
      expect((await adapters.sessions.findByTokenHash(first.snapshot().tokenHash))?.snapshot()).toEqual(
        first.snapshot(),
      );
    });

    it('saves the slid idle expiry of a touched session, and nothing else', async () => {
      const session = aSession(userId);
      await adapters.sessions.save(session);
      expect(session.touch(new Date('2026-11-26T10:00:00Z'))).toBe(true);
      await adapters.sessions.saveIdleExpiry(session);
      const found = await adapters.sessions.findByTokenHash(session.snapshot().tokenHash);
      expect(found?.snapshot()).toEqual(session.snapshot());
      expect(found?.idleExpiresAt).toEqual(new Date('2026-12-03T10:00:00Z'));
    });

    it('forgets only the expired sessions of the user', async () => {
      const expired = aSession(userId, new Date('2026-10-01T10:00:00Z'));
      const fresh = aSession(userId, new Date('2026-11-24T10:00:00Z'));
      await adapters.sessions.save(expired);
      await adapters.sessions.save(fresh);
      await adapters.sessions.deleteExpiredOfUser(userId, new Date('2026-11-24T11:00:00Z'));
      expect(await adapters.sessions.findByTokenHash(expired.snapshot().tokenHash)).toBeNull();
      expect(await adapters.sessions.findByTokenHash(fresh.snapshot().tokenHash)).not.toBeNull();
    });

    it('tells which of some sessions are still active', async () => {
      const [kept, revoked] = [aSession(userId), aSession(userId)];
      const expired = aSession(userId, new Date('2026-10-01T10:00:00Z'));
      for (const session of [kept, revoked, expired]) await adapters.sessions.save(session);
      await adapters.sessions.delete(revoked.id);
      const now = new Date('2026-11-24T11:00:00Z');
      const ids = [kept.id, revoked.id, expired.id, '01900000-0000-7000-8000-000000000000'];
      expect(await adapters.sessions.activeAmong(ids, now)).toEqual([kept.id]);
      expect(await adapters.sessions.activeAmong([], now)).toEqual([]);
    });

    it('deletes one session, or all of a user but one', async () => {
      const [a, b, c] = [aSession(userId), aSession(userId), aSession(userId)];
      for (const session of [a, b, c]) await adapters.sessions.save(session);
      await adapters.sessions.delete(a.id);
      expect(await adapters.sessions.findByTokenHash(a.snapshot().tokenHash)).toBeNull();
      await adapters.sessions.deleteAllOfUser(userId, c.id);
      expect(await adapters.sessions.findByTokenHash(b.snapshot().tokenHash)).toBeNull();
      expect(await adapters.sessions.findByTokenHash(c.snapshot().tokenHash)).not.toBeNull();
      await adapters.sessions.deleteAllOfUser(userId);
      expect(await adapters.sessions.findByTokenHash(c.snapshot().tokenHash)).toBeNull();
    });
  });
}
