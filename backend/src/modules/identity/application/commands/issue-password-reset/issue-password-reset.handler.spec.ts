import { beforeEach, describe, expect, it } from '@jest/globals';
import { UserNotFoundError } from '../../../domain/identity.errors.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { aUser } from '../../../testing/user.mother.js';
import { hashSecretToken } from '../../secret-token.js';
import { IssuePasswordResetCommand } from './issue-password-reset.command.js';
import { IssuePasswordResetHandler } from './issue-password-reset.handler.js';

describe('IssuePasswordResetHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: IssuePasswordResetHandler;
  let userId: string;

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new IssuePasswordResetHandler(kit.users, kit.passwordResets, kit.unitOfWork, kit.clock);
    const user = aUser({ username: 'lea' });
    await kit.users.save(user);
    userId = user.id;
  });

  it('issues a 256-bit token valid one hour, of which only the hash is stored', async () => {
    const { token, expiresAt } = await handler.execute(new IssuePasswordResetCommand(' Lea '));
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(expiresAt).toEqual(new Date(kit.clock.now().getTime() + 60 * 60_000));
    const [stored] = [...kit.store.passwordResets.values()];
    expect(stored).toMatchObject({ userId, tokenHash: hashSecretToken(token), usedAt: null });
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('replaces the user’s earlier link', async () => {
    const first = await handler.execute(new IssuePasswordResetCommand('lea'));
    const second = await handler.execute(new IssuePasswordResetCommand('lea'));
    expect(second.token).not.toBe(first.token);
    expect(await kit.passwordResets.findByTokenHash(hashSecretToken(first.token))).toBeNull();
    expect(await kit.passwordResets.findByTokenHash(hashSecretToken(second.token))).not.toBeNull();
  });

  it('refuses an unknown username', async () => {
    await expect(handler.execute(new IssuePasswordResetCommand('nobody'))).rejects.toThrow(UserNotFoundError);
  });
});
