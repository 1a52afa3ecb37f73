import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { UserRegistered } from '../../../domain/identity.events.js';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { ImportUserCommand } from './import-user.command.js';
import { ImportUserHandler } from './import-user.handler.js';

const createdAt = new Date('2024-03-01T10:00:00Z');

/** A hash as the original BandTrack made it: PBKDF2-HMAC-SHA256, 16-byte salt, 32-byte key. */
function originalHash(password: string, iterations = 2000) {
  const salt = randomBytes(16);
  return { iterations, salt, hash: pbkdf2Sync(password, salt, iterations, 32, 'sha256') };
}

describe('ImportUserHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: ImportUserHandler;
  const importUser = (username: string, password = 'old password') =>
    handler.execute(new ImportUserCommand(username, originalHash(password), createdAt));

  beforeEach(() => {
    kit = identityTestKit();
    handler = new ImportUserHandler(kit.users, kit.hasher, kit.events.asEventBus());
  });

  it('keeps the password hash, so the old password is the one that verifies', async () => {
    const { userId, username } = await importUser('alice', 'alice-pw');
    const user = (await kit.users.findById(userId))!;
    expect(username).toBe('alice');
    await expect(kit.hasher.verify('alice-pw', user.passwordHash)).resolves.toBe(true);
    await expect(kit.hasher.verify('other', user.passwordHash)).resolves.toBe(false);
    expect(kit.hasher.needsRehash(user.passwordHash)).toBe(false);
    expect(user.snapshot().createdAt).toEqual(createdAt);
    expect(kit.events.published).toEqual([new UserRegistered(userId, 'alice')]);
  });

  it('folds a username these rules refuse, keeping the original as the display name', async () => {
    const { userId, username } = await importUser('Zoé B.');
    expect(username).toBe('zoe-b.');
    expect((await kit.users.findById(userId))!.displayName).toBe('Zoé B.');
  });

  it('numbers a name already taken, by an account here or by an earlier import', async () => {
    await kit.users.save(aUser({ username: 'zoe' }));
    expect((await importUser('zoé')).username).toBe('zoe-2');
    expect((await importUser('Zoe')).username).toBe('zoe-3');
  });
});
