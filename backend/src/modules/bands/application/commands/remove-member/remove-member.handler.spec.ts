import { describe, expect, it } from '@jest/globals';
import { InsufficientRoleError, LastAdminError } from '../../../domain/bands.errors.js';
import { RecordingEventBus } from '../../../../../shared/testing/recording-event-bus.js';
import { MemberLeftBand } from '../../../domain/bands.events.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { RemoveMemberCommand } from './remove-member.command.js';
import { RemoveMemberHandler } from './remove-member.handler.js';
import { ChangeMemberRoleCommand } from '../change-member-role/change-member-role.command.js';
import { ChangeMemberRoleHandler } from '../change-member-role/change-member-role.handler.js';

describe('RemoveMemberHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member, other] = [kit.user(), kit.user(), kit.user()];
    const { bandId } = await kit.bandWith(admin, member, other);
    const events = new RecordingEventBus();
    const handler = new RemoveMemberHandler(kit.rosters, kit.unitOfWork, kit.removal, events.asEventBus());
    return { kit, admin, member, other, bandId, handler, events };
  }

  it('lets an admin remove a member, whose access and active band end at once', async () => {
    const { kit, admin, member, bandId, handler, events } = await setUp();
    await handler.execute(new RemoveMemberCommand(admin, bandId, member));
    expect(await kit.reader.roleOf(member, bandId)).toBeNull();
    expect(await kit.reader.activeBandId(member)).toBeNull();
    expect(events.published).toEqual([new MemberLeftBand(bandId, member, admin)]);
  });

  it('lets a member leave but not remove someone else', async () => {
    const { kit, member, other, bandId, handler, events } = await setUp();
    await expect(handler.execute(new RemoveMemberCommand(member, bandId, other))).rejects.toThrow(
      InsufficientRoleError,
    );
    expect(events.published).toEqual([]);
    await handler.execute(new RemoveMemberCommand(member, bandId, member));
    expect(await kit.reader.roleOf(member, bandId)).toBeNull();
    expect(events.published).toEqual([new MemberLeftBand(bandId, member, member)]);
  });

  it('refuses the last admin’s leaving while others remain, and deletes a band left empty', async () => {
    const { kit, admin, bandId, handler } = await setUp();
    await expect(handler.execute(new RemoveMemberCommand(admin, bandId, admin))).rejects.toThrow(LastAdminError);
    const alone = kit.user();
    const solo = await kit.bandWith(alone);
    await handler.execute(new RemoveMemberCommand(alone, solo.bandId, alone));
    expect(await kit.bands.findById(solo.bandId)).toBeNull();
  });

  it.each(['the first admin', 'the second admin'])(
    'refuses the second of two admins leaving while members remain, %s leaving first',
    async (first) => {
      const { kit, admin, member: secondAdmin, bandId, handler } = await setUp();
      await new ChangeMemberRoleHandler(
        kit.rosters,
        kit.unitOfWork,
        kit.profiles,
        new RecordingEventBus().asEventBus(),
      ).execute(new ChangeMemberRoleCommand(admin, bandId, secondAdmin, 'admin'));
      const [earlier, later] = first === 'the first admin' ? [admin, secondAdmin] : [secondAdmin, admin];
      await handler.execute(new RemoveMemberCommand(earlier, bandId, earlier));
      await expect(handler.execute(new RemoveMemberCommand(later, bandId, later))).rejects.toThrow(LastAdminError);
      expect(await kit.reader.roleOf(later, bandId)).toBe('admin');
    },
  );
});
