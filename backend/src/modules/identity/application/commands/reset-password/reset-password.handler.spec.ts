import { beforeEach, describe, expect, it } from '@jest/globals';
import { RateLimitedError } from '../../../../../shared/domain/domain-error.js';
import { InvalidPasswordError, ResetTokenInvalidError, SamePasswordError } from '../../../domain/identity.errors.js';
import { PasswordChanged } from '../../../domain/identity.events.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { aUser } from '../../../testing/user.mother.js';
import { IssuePasswordResetCommand } from '../issue-password-reset/issue-password-reset.command.js';
import { IssuePasswordResetHandler } from '../issue-password-reset/issue-password-reset.handler.js';
import { ResetPasswordCommand } from './reset-password.command.js';
import { ResetPasswordHandler } from './reset-password.handler.js';

const ADDRESS = '10.0.0.1';
const HOUR = 60 * 60_000;

describe('ResetPasswordHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: ResetPasswordHandler;
  let userId: string;
  let token: string;

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new ResetPasswordHandler(
      kit.passwordResets,
      kit.users,
      kit.sessions,
      kit.hasher,
      kit.unitOfWork,
      kit.clock,
      kit.limiter,
      kit.events.asEventBus(),
    );
    const user = aUser({ username: 'lea', passwordHash: await kit.hasher.hash('forgotten one') });
    await kit.users.save(user);
    userId = user.id;
    await kit.opener.open(user, kit.clock.now());
    await kit.opener.open(user, kit.clock.now());
    const issue = new IssuePasswordResetHandler(kit.users, kit.passwordResets, kit.unitOfWork, kit.clock);
    token = (await issue.execute(new IssuePasswordResetCommand('lea'))).token;
  });

  const passwordIs = async (password: string) =>
    kit.hasher.verify(password, (await kit.users.findById(userId))!.passwordHash);

  it('sets the new password, signs out every device and uses the link up', async () => {
    await handler.execute(new ResetPasswordCommand(token, 'brand new one', ADDRESS));
    await expect(passwordIs('brand new one')).resolves.toBe(true);
    expect(kit.store.sessions.size).toBe(0);
    expect(kit.events.published).toEqual([new PasswordChanged(userId)]);
    await expect(handler.execute(new ResetPasswordCommand(token, 'another new one', ADDRESS))).rejects.toThrow(
      ResetTokenInvalidError,
    );
    await expect(passwordIs('brand new one')).resolves.toBe(true);
  });

  it('refuses an expired link', async () => {
    kit.clock.advance(HOUR);
    await expect(handler.execute(new ResetPasswordCommand(token, 'brand new one', ADDRESS))).rejects.toThrow(
      ResetTokenInvalidError,
    );
    await expect(passwordIs('forgotten one')).resolves.toBe(true);
  });

  it('refuses the current password, and the link still works afterwards', async () => {
    await expect(handler.execute(new ResetPasswordCommand(token, 'forgotten one', ADDRESS))).rejects.toThrow(
      SamePasswordError,
    );
    expect(kit.store.sessions.size).toBe(2);
    await handler.execute(new ResetPasswordCommand(token, 'brand new one', ADDRESS));
  });

  it('refuses a password that is too short before looking at the link', async () => {
    await expect(handler.execute(new ResetPasswordCommand(token, 'short', ADDRESS))).rejects.toThrow(
      InvalidPasswordError,
    );
  });

  it('limits the bad tokens an address may try, the right one included once limited', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(handler.execute(new ResetPasswordCommand(`guess${i}`, 'brand new one', ADDRESS))).rejects.toThrow(
        ResetTokenInvalidError,
      );
    }
    await expect(handler.execute(new ResetPasswordCommand(token, 'brand new one', ADDRESS))).rejects.toThrow(
      RateLimitedError,
    );
    await handler.execute(new ResetPasswordCommand(token, 'brand new one', '10.0.0.2'));
  });
});
