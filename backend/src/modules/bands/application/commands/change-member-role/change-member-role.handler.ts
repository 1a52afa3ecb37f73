import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { MemberNotFoundError } from '../../../domain/bands.errors.js';
import { USER_PROFILE_READER, type UserProfileReader } from '../../../../identity/public-api.js';
import type { MemberView } from '../../ports/bands.reader.js';
import { ROSTER_REPOSITORY, type RosterRepository } from '../../ports/roster.repository.js';
import { ChangeMemberRoleCommand } from './change-member-role.command.js';

/**
 * Only admins change roles, never their own. The actor's right is read from the locked roster, so two
 * admins demoting each other at the same instant end with one admin left, never none.
 */
@CommandHandler(ChangeMemberRoleCommand)
export class ChangeMemberRoleHandler implements ICommandHandler<ChangeMemberRoleCommand> {
  constructor(
    @Inject(ROSTER_REPOSITORY) private readonly rosters: RosterRepository,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(USER_PROFILE_READER) private readonly profiles: UserProfileReader,
    private readonly events: EventBus,
  ) {}

  /** Returns the member as the member list shows them, with their new role. */
  async execute(command: ChangeMemberRoleCommand): Promise<MemberView> {
    const { member, events } = await this.unitOfWork.run(async () => {
      const roster = await this.rosters.lockForUpdate(command.bandId);
      roster.authorize(command.actorId, 'admin');
      const membership = roster.changeRole(command.actorId, command.memberId, command.role);
      await this.rosters.save(roster);
      // Read under the band lock, which deleting an account takes too: the member is there.
      const profile = await this.profiles.findProfile(membership.userId);
      if (!profile) throw new MemberNotFoundError();
      const view = { ...membership, joinedAt: membership.joinedAt.toISOString(), displayName: profile.displayName };
      return { member: view, events: roster.pullEvents() };
    });
    this.events.publishAll(events);
    return member;
  }
}
