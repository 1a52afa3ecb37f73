import { Command } from '@nestjs/cqrs';

/**
 * Lets go of the answers of everyone who is no longer a member of the event's band: what
 * MemberLeftBand's handler would have done, had the process stopped in between (ADR 0027). How many went.
 */
export class ReleaseFormerMembersCommand extends Command<number> {}
