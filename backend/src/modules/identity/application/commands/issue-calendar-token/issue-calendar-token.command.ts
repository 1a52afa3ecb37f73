import { Command } from '@nestjs/cqrs';

/** A new secret for the user's calendar feed URL; only its hash is stored. */
export class IssueCalendarTokenCommand extends Command<{ token: string }> {
  constructor(readonly userId: string) {
    super();
  }
}
