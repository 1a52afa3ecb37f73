import { beforeEach, describe, expect, it } from '@jest/globals';
import type { IdentityAdapters, IdentityAdaptersFactory } from './identity-adapters.js';
import { aPasswordReset, aUser } from './user.mother.js';

const issuedAt = new Date('2026-11-24T10:00:00Z');
const minutesLater = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);

/** What every PasswordResetRepository must do, whatever stores it. */
export function passwordResetRepositoryContract(makeAdapters: IdentityAdaptersFactory): void {
  describe('PasswordResetRepository contract', () => {
    let adapters: IdentityAdapters;
    let userId: string;
    beforeEach(async () => {
      adapters = await makeAdapters();
      const user = aUser();
      await adapters.users.save(user);
      userId = user.id;
    });

    it('finds a saved reset by its token hash, with every field intact', async () => {
      const reset = aPasswordReset(userId, issuedAt);
      await adapters.passwordResets.save(reset);
      const found = await adapters.passwordResets.findByTokenHash(reset.snapshot().tokenHash);
      expect(found?.snapshot()).toEqual(reset.snapshot());
      expect(await adapters.passwordResets.findByTokenHash('f'.repeat(64))).toBeNull();
    });

    it('marks a reset used once, and never an expired one', async () => {
      const reset = aPasswordReset(userId, issuedAt);
      const stale = aPasswordReset(userId, issuedAt);
      await adapters.passwordResets.save(reset);
      await adapters.passwordResets.save(stale);
      await expect(adapters.passwordResets.markUsed(reset.id, minutesLater(5))).resolves.toBe(true);
      await expect(adapters.passwordResets.markUsed(reset.id, minutesLater(6))).resolves.toBe(false);
      const used = await adapters.passwordResets.findByTokenHash(reset.snapshot().tokenHash);
      expect(used?.snapshot().usedAt).toEqual(minutesLater(5));
      await expect(adapters.passwordResets.markUsed(stale.id, minutesLater(60))).resolves.toBe(false);
      await expect(adapters.passwordResets.markUsed('01a20d32-9d6e-71e2-8ccb-7face453047f', issuedAt)).resolves.toBe(
        false,
      );
    });

    it('forgets every reset of a user, and those of a deleted user', async () => {
      const other = aUser();
      await adapters.users.save(other);
      const mine = aPasswordReset(userId);
      const theirs = aPasswordReset(other.id);
      await adapters.passwordResets.save(mine);
      await adapters.passwordResets.save(theirs);
      await adapters.passwordResets.deleteAllOfUser(userId);
      expect(await adapters.passwordResets.findByTokenHash(mine.snapshot().tokenHash)).toBeNull();
      expect(await adapters.passwordResets.findByTokenHash(theirs.snapshot().tokenHash)).not.toBeNull();
      await adapters.users.delete(other.id);
      expect(await adapters.passwordResets.findByTokenHash(theirs.snapshot().tokenHash)).toBeNull();
    });
  });
}
