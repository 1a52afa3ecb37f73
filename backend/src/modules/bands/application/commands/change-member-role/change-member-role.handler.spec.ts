import { describe, expect, it } from '@jest/globals';
import { RecordingEventBus } from '../../../../../shared/testing/recording-event-bus.js';
import { MemberRoleChanged } from '../../../domain/bands.events.js';
import { BandNotFoundError, InsufficientRoleError, OwnRoleChangeError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { ChangeMemberRoleCommand } from './change-member-role.command.js';
import { ChangeMemberRoleHandler } from './change-member-role.handler.js';

describe('ChangeMemberRoleHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member, stranger] = [kit.user(), kit.user(), kit.user()];
    const { bandId } = await kit.bandWith(admin, member);
    const events = new RecordingEventBus();
    const handler = new ChangeMemberRoleHandler(kit.rosters, kit.unitOfWork, kit.profiles, events.asEventBus());
    return { kit, admin, member, stranger, bandId, handler, events };
  }

  it('lets an admin change another member’s role', async () => {
    const { kit, admin, member, bandId, handler, events } = await setUp();
    const changed = await handler.execute(new ChangeMemberRoleCommand(admin, bandId, member, 'manager'));
    expect(await kit.reader.roleOf(member, bandId)).toBe('manager');
    expect(events.published).toEqual([new MemberRoleChanged(bandId, member, 'manager', admin)]);
    expect(changed).toEqual((await kit.reader.members(bandId)).find(({ userId }) => userId === member));
  });

  it('refuses members, strangers and changes of one’s own role', async () => {
    const { admin, member, stranger, bandId, handler, events } = await setUp();
    await expect(handler.execute(new ChangeMemberRoleCommand(member, bandId, admin, 'member'))).rejects.toThrow(
      InsufficientRoleError,
    );
    await expect(handler.execute(new ChangeMemberRoleCommand(stranger, bandId, member, 'admin'))).rejects.toThrow(
      BandNotFoundError,
    );
    await expect(handler.execute(new ChangeMemberRoleCommand(admin, bandId, admin, 'member'))).rejects.toThrow(
      OwnRoleChangeError,
    );
    expect(events.published).toEqual([]);
  });

  // Whatever order two demotions run in, the second one's right is read afresh from the roster: its
  // actor is no longer an admin, so it is refused and one admin remains. (That the two cannot
  // interleave is the unit of work's part: the band lock in PostgreSQL, see ADR 0010.)
  it.each(['the first admin', 'the second admin'])(
    'keeps an admin when two admins demote each other, %s going first',
    async (first) => {
      const { kit, admin, member: secondAdmin, bandId, handler } = await setUp();
      await handler.execute(new ChangeMemberRoleCommand(admin, bandId, secondAdmin, 'admin'));
      const demotions = [
        new ChangeMemberRoleCommand(admin, bandId, secondAdmin, 'member'),
        new ChangeMemberRoleCommand(secondAdmin, bandId, admin, 'member'),
      ];
      const [earlier, later] = first === 'the first admin' ? demotions : demotions.reverse();
      await handler.execute(earlier!);
      await expect(handler.execute(later!)).rejects.toThrow(InsufficientRoleError);
      const admins = (await kit.reader.members(bandId)).filter((m) => m.role === 'admin').map((m) => m.userId);
      expect(admins).toEqual([earlier!.actorId]);
    },
  );
});
