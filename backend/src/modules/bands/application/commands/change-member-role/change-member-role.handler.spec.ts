import { describe, expect, it } from '@jest/globals';
import { BandNotFoundError, InsufficientRoleError, OwnRoleChangeError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { ChangeMemberRoleCommand } from './change-member-role.command.js';
import { ChangeMemberRoleHandler } from './change-member-role.handler.js';

describe('ChangeMemberRoleHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member, stranger] = [kit.user(), kit.user(), kit.user()];
    const { bandId } = await kit.bandWith(admin, member);
    const handler = new ChangeMemberRoleHandler(kit.rosters, kit.unitOfWork);
    return { kit, admin, member, stranger, bandId, handler };
  }

  it('lets an admin change another member’s role', async () => {
    const { kit, admin, member, bandId, handler } = await setUp();
    await handler.execute(new ChangeMemberRoleCommand(admin, bandId, member, 'manager'));
    expect(await kit.reader.roleOf(member, bandId)).toBe('manager');
  });

  it('refuses members, strangers and changes of one’s own role', async () => {
    const { admin, member, stranger, bandId, handler } = await setUp();
    await expect(handler.execute(new ChangeMemberRoleCommand(member, bandId, admin, 'member'))).rejects.toThrow(
      InsufficientRoleError,
    );
    await expect(handler.execute(new ChangeMemberRoleCommand(stranger, bandId, member, 'admin'))).rejects.toThrow(
      BandNotFoundError,
    );
    await expect(handler.execute(new ChangeMemberRoleCommand(admin, bandId, admin, 'member'))).rejects.toThrow(
      OwnRoleChangeError,
    );
  });

  it('keeps an admin when two admins demote each other at once', async () => {
    const { kit, admin, member, bandId, handler } = await setUp();
    await handler.execute(new ChangeMemberRoleCommand(admin, bandId, member, 'admin'));
    const results = await Promise.allSettled([
      handler.execute(new ChangeMemberRoleCommand(admin, bandId, member, 'member')),
      handler.execute(new ChangeMemberRoleCommand(member, bandId, admin, 'member')),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const admins = (await kit.reader.members(bandId)).filter((m) => m.role === 'admin');
    expect(admins).toHaveLength(1);
  });
});
