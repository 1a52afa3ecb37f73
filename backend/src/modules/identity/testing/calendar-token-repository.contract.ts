import { beforeEach, describe, expect, it } from '@jest/globals';
import type { IdentityAdapters, IdentityAdaptersFactory } from './identity-adapters.js';
import { aCalendarToken, aUser } from './user.mother.js';

/** What every CalendarTokenRepository must do, whatever stores it. */
export function calendarTokenRepositoryContract(makeAdapters: IdentityAdaptersFactory): void {
  describe('CalendarTokenRepository contract', () => {
    let adapters: IdentityAdapters;
    let userId: string;
    let otherId: string;
    beforeEach(async () => {
      adapters = await makeAdapters();
      const [user, other] = [aUser(), aUser()];
      await adapters.users.save(user);
      await adapters.users.save(other);
      [userId, otherId] = [user.id, other.id];
    });

    const hashOf = (token: ReturnType<typeof aCalendarToken>) => token.snapshot().tokenHash;

    it('finds a saved token by its hash, with every field intact', async () => {
      const token = aCalendarToken(userId, new Date('2026-12-02T06:00:00Z'));
      await adapters.calendarTokens.save(token);
      expect((await adapters.calendarTokens.findByTokenHash(hashOf(token)))?.snapshot()).toEqual(token.snapshot());
      expect(await adapters.calendarTokens.findByTokenHash('f'.repeat(64))).toBeNull();
    });

    it('keeps one token a user: a new one replaces theirs and no one else’s', async () => {
      const first = aCalendarToken(userId);
      const theirs = aCalendarToken(otherId);
      const renewed = aCalendarToken(userId, new Date('2026-12-03T08:00:00Z'));
      await adapters.calendarTokens.save(first);
      await adapters.calendarTokens.save(theirs);
      await adapters.calendarTokens.save(renewed);
      expect(await adapters.calendarTokens.findByTokenHash(hashOf(first))).toBeNull();
      expect((await adapters.calendarTokens.findByTokenHash(hashOf(renewed)))?.snapshot()).toEqual(renewed.snapshot());
      expect(await adapters.calendarTokens.findByTokenHash(hashOf(theirs))).not.toBeNull();
    });

    it('forgets the token of a user who stops sharing, and that of a deleted user', async () => {
      const mine = aCalendarToken(userId);
      const theirs = aCalendarToken(otherId);
      await adapters.calendarTokens.save(mine);
      await adapters.calendarTokens.save(theirs);
      await adapters.calendarTokens.deleteOfUser(userId);
      await adapters.calendarTokens.deleteOfUser(userId);
      expect(await adapters.calendarTokens.findByTokenHash(hashOf(mine))).toBeNull();
      expect(await adapters.calendarTokens.findByTokenHash(hashOf(theirs))).not.toBeNull();
      await adapters.users.delete(otherId);
      expect(await adapters.calendarTokens.findByTokenHash(hashOf(theirs))).toBeNull();
    });
  });
}
