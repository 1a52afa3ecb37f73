import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CALENDAR_TOKEN_REPOSITORY, type CalendarTokenRepository } from '../../ports/calendar-token.repository.js';
import { RevokeCalendarTokenCommand } from './revoke-calendar-token.command.js';

@CommandHandler(RevokeCalendarTokenCommand)
export class RevokeCalendarTokenHandler implements ICommandHandler<RevokeCalendarTokenCommand> {
  constructor(@Inject(CALENDAR_TOKEN_REPOSITORY) private readonly tokens: CalendarTokenRepository) {}

  async execute(command: RevokeCalendarTokenCommand): Promise<void> {
    await this.tokens.deleteOfUser(command.userId);
  }
}
