import { beforeEach, describe, expect, it } from '@jest/globals';
import { DomainError } from '../../../../../shared/domain/domain-error.js';
import { WrongPasswordError } from '../../../domain/identity.errors.js';
import { AccountDeleted } from '../../../domain/identity.events.js';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { DeleteAccountCommand } from './delete-account.command.js';
import { DeleteAccountHandler } from './delete-account.handler.js';

class LastAdminError extends DomainError {
  readonly code = 'TEST.LAST_ADMIN';
  readonly kind = 'conflict';
  constructor() {
    super('last admin');
  }
}

describe('DeleteAccountHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: DeleteAccountHandler;
  let userId: string;

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new DeleteAccountHandler(
      kit.users,
      kit.sessions,
      kit.hasher,
      kit.deletionPolicy,
      kit.unitOfWork,
      kit.events.asEventBus(),
    );
    const user = aUser({ passwordHash: await kit.hasher.hash('my password') });
    await kit.users.save(user);
    await kit.users.save(aUser());
    userId = user.id;
    await kit.opener.open(user, kit.clock.now());
  });

  it('deletes the account and every session of it, and nobody else; then tells what the other contexts let go', async () => {
    await handler.execute(new DeleteAccountCommand(userId, 'my password'));
    expect(await kit.users.findById(userId)).toBeNull();
    expect(kit.store.sessions.size).toBe(0);
    expect(kit.store.users.size).toBe(1);
    expect(kit.events.published).toEqual([{ released: userId }, new AccountDeleted(userId)]);
    expect(kit.deletionPolicy.released).toEqual([userId]);
  });

  it('deletes nothing when another context refuses to let the user go', async () => {
    kit.deletionPolicy.refusal = new LastAdminError();
    await expect(handler.execute(new DeleteAccountCommand(userId, 'my password'))).rejects.toThrow(LastAdminError);
    expect(await kit.users.findById(userId)).not.toBeNull();
    expect(kit.store.sessions.size).toBe(1);
  });

  it('refuses a wrong password and deletes nothing', async () => {
    await expect(handler.execute(new DeleteAccountCommand(userId, 'nope'))).rejects.toThrow(WrongPasswordError);
    expect(await kit.users.findById(userId)).not.toBeNull();
  });
});
