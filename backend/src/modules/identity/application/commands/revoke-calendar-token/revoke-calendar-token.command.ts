import { Command } from '@nestjs/cqrs';

/** The user stops sharing their calendar feed: its URL stops working. Nothing to revoke is no fault. */
export class RevokeCalendarTokenCommand extends Command<void> {
  constructor(readonly userId: string) {
    super();
  }
}
