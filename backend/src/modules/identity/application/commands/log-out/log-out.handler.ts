import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { SignedOut } from '../../../domain/identity.events.js';
import { SESSION_REPOSITORY, type SessionRepository } from '../../ports/session.repository.js';
import { LogOutCommand } from './log-out.command.js';

@CommandHandler(LogOutCommand)
export class LogOutHandler implements ICommandHandler<LogOutCommand> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    private readonly events: EventBus,
  ) {}

  async execute(command: LogOutCommand): Promise<void> {
    await this.sessions.delete(command.sessionId);
    this.events.publishAll([new SignedOut(command.userId, command.sessionId)]);
  }
}
