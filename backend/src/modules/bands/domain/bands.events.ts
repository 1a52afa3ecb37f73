import type { Role } from './role.js';

// Every event names its actor (`actorId`): the user whose action it was, for the activity log.

/** Someone formed a new band, and became its admin. */
export class BandFormed {
  constructor(
    readonly bandId: string,
    readonly actorId: string,
  ) {}
}

/** Someone became a member of the band by its invitation code (a member joining again records nothing). */
export class MemberJoinedBand {
  readonly actorId: string;

  constructor(
    readonly bandId: string,
    readonly userId: string,
  ) {
    this.actorId = userId;
  }
}

/**
 * Someone is no longer a member of the band: they left (`actorId` is theirs) or an admin removed
 * them (the admin's); their account being deleted makes them leave every band too. Other contexts
 * let go of what the member held in the band.
 */
export class MemberLeftBand {
  constructor(
    readonly bandId: string,
    readonly userId: string,
    readonly actorId: string,
  ) {}
}

export class MemberRoleChanged {
  constructor(
    readonly bandId: string,
    readonly userId: string,
    readonly role: Role,
    readonly actorId: string,
  ) {}
}

/** An admin changed the band's name, description, template, logo or time zone. */
export class BandSettingsUpdated {
  constructor(
    readonly bandId: string,
    readonly actorId: string,
  ) {}
}

/** An admin deleted the band, and everything of it with it. */
export class BandDeleted {
  constructor(
    readonly bandId: string,
    readonly actorId: string,
  ) {}
}

export type BandsEvent =
  BandFormed | MemberJoinedBand | MemberLeftBand | MemberRoleChanged | BandSettingsUpdated | BandDeleted;
