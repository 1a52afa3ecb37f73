import { Command } from '@nestjs/cqrs';

/** How many votes and levels were let go. */
export interface Released {
  votes: number;
  levels: number;
}

/**
 * Lets go of the votes and levels of everyone who is no longer a member of the band they were given
 * in: what MemberLeftBand's handler would have done, had the process not stopped in between (ADR 0027).
 */
export class ReleaseFormerMembersCommand extends Command<Released> {}
