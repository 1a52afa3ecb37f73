import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { CalendarToken } from '../../../domain/calendar-token.js';
import { CALENDAR_TOKEN_REPOSITORY, type CalendarTokenRepository } from '../../ports/calendar-token.repository.js';
import { generateSecretToken, hashSecretToken } from '../../secret-token.js';
import { IssueCalendarTokenCommand } from './issue-calendar-token.command.js';

/** The user's feed URL gets a new secret; the URL they had stops working. */
@CommandHandler(IssueCalendarTokenCommand)
export class IssueCalendarTokenHandler implements ICommandHandler<IssueCalendarTokenCommand> {
  constructor(
    @Inject(CALENDAR_TOKEN_REPOSITORY) private readonly tokens: CalendarTokenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: IssueCalendarTokenCommand): Promise<{ token: string }> {
    const token = generateSecretToken();
    await this.tokens.save(
      CalendarToken.issue({ userId: command.userId, tokenHash: hashSecretToken(token), now: this.clock.now() }),
    );
    return { token };
  }
}
