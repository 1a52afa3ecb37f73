import { beforeEach, describe, expect, it } from '@jest/globals';
import { DisplayName } from '../domain/display-name.js';
import { UsernameTakenError } from '../domain/identity.errors.js';
import type { IdentityAdapters, IdentityAdaptersFactory } from './identity-adapters.js';
import { aSession, aUser } from './user.mother.js';

/** What every UserRepository (and UserProfileReader) must do, whatever stores it. */
export function userRepositoryContract(makeAdapters: IdentityAdaptersFactory): void {
  describe('UserRepository contract', () => {
    let adapters: IdentityAdapters;
    beforeEach(async () => {
      adapters = await makeAdapters();
    });

    it('finds a saved user by id and by username, with every field intact', async () => {
      const user = aUser({ displayName: 'Léa Batterie' });
      user.changePreferences({ theme: 'dark', locale: 'en' });
      await adapters.users.save(user);
      const byId = await adapters.users.findById(user.id);
      const byName = await adapters.users.findByUsername(user.username);
      expect(byId?.snapshot()).toEqual(user.snapshot());
      expect(byName?.id).toBe(user.id);
    });

    it('answers null for unknown ids and usernames', async () => {
      expect(await adapters.users.findById('01a20d32-9d6e-71e2-8ccb-7face453047f')).toBeNull();
      expect(await adapters.users.findByUsername('nobody')).toBeNull();
    });

    it('updates the profile of a user saved again, never the password hash', async () => {
      const user = aUser();
      await adapters.users.save(user);
      const loadedBeforeAPasswordChange = (await adapters.users.findById(user.id))!;
      user.changePasswordHash('pbkdf2_sha256$1000$bmV3$bmV3');
      await adapters.users.savePasswordHash(user, loadedBeforeAPasswordChange.passwordHash);
      loadedBeforeAPasswordChange.rename(DisplayName.of('Nouveau nom'));
      loadedBeforeAPasswordChange.changePreferences({ theme: 'dark' });
      await adapters.users.save(loadedBeforeAPasswordChange);
      const saved = await adapters.users.findById(user.id);
      expect(saved?.snapshot()).toEqual({
        ...user.snapshot(),
        displayName: 'Nouveau nom',
        preferences: { theme: 'dark', locale: 'fr' },
      });
    });

    it('writes a new password hash only while the stored one is the hash it was checked against', async () => {
      const user = aUser({ displayName: 'Avant' });
      await adapters.users.save(user);
      const checked = user.passwordHash;
      const renamed = (await adapters.users.findById(user.id))!;
      renamed.rename(DisplayName.of('Après'));
      await adapters.users.save(renamed);
      user.changePasswordHash('pbkdf2_sha256$1000$Zmlyc3Q=$Zmlyc3Q=');
      await expect(adapters.users.savePasswordHash(user, checked)).resolves.toBe(true);
      user.changePasswordHash('pbkdf2_sha256$1000$bGF0ZQ==$bGF0ZQ==');
      await expect(adapters.users.savePasswordHash(user, checked)).resolves.toBe(false);
      const saved = await adapters.users.findById(user.id);
      expect(saved?.passwordHash).toBe('pbkdf2_sha256$1000$Zmlyc3Q=$Zmlyc3Q=');
      expect(saved?.displayName).toBe('Après');
    });

    it('refuses a second user with the same username', async () => {
      await adapters.users.save(aUser({ username: 'same' }));
      await expect(adapters.users.save(aUser({ username: 'same' }))).rejects.toThrow(UsernameTakenError);
    });

    it('deletes a user with its sessions', async () => {
      const user = aUser();
      await adapters.users.save(user);
      const session = aSession(user.id);
      await adapters.sessions.save(session);
      await adapters.users.delete(user.id);
      expect(await adapters.users.findById(user.id)).toBeNull();
      expect(await adapters.sessions.findByTokenHash(session.snapshot().tokenHash)).toBeNull();
    });

    it('reads the profile view of a user', async () => {
      const user = aUser({ username: 'profile.reader', displayName: 'Reader' });
      await adapters.users.save(user);
      await expect(adapters.profiles.findProfile(user.id)).resolves.toEqual({
        id: user.id,
        username: 'profile.reader',
        displayName: 'Reader',
        preferences: { theme: 'system', locale: 'fr' },
      });
      await expect(adapters.profiles.findProfile('01a20d32-9d6e-71e2-8ccb-7face453047f')).resolves.toBeNull();
    });
  });
}
