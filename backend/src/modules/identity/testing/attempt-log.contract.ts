import { beforeEach, describe, expect, it } from '@jest/globals';
import type { IdentityAdapters, IdentityAdaptersFactory } from './identity-adapters.js';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

/** What every AttemptLog must do, whatever stores it. */
export function attemptLogContract(makeAdapters: IdentityAdaptersFactory): void {
  describe('AttemptLog contract', () => {
    let adapters: IdentityAdapters;
    beforeEach(async () => {
      adapters = await makeAdapters();
    });

    it('counts the attempts of one kind and key strictly after a moment, and gives the oldest', async () => {
      for (const minute of [0, 5, 10]) await adapters.attempts.record('login-username', 'lea', t(minute));
      await adapters.attempts.record('login-address', 'lea', t(6));
      await adapters.attempts.record('login-username', 'other', t(6));
      await expect(adapters.attempts.window('login-username', 'lea', t(0))).resolves.toEqual({
        count: 2,
        oldest: t(5),
      });
      await expect(adapters.attempts.window('login-username', 'nobody', t(0))).resolves.toEqual({
        count: 0,
        oldest: null,
      });
    });

    it('forgets attempts older than a moment', async () => {
      await adapters.attempts.record('register-address', '10.0.0.1', t(1));
      await adapters.attempts.record('register-address', '10.0.0.1', t(20));
      await adapters.attempts.prune(t(10));
      await expect(adapters.attempts.window('register-address', '10.0.0.1', t(0))).resolves.toEqual({
        count: 1,
        oldest: t(20),
      });
    });
  });
}
