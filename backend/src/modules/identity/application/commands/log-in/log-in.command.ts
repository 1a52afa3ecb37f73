import { Command } from '@nestjs/cqrs';
import type { OpenedSession } from '../../authenticated-session.js';

export class LogInCommand extends Command<OpenedSession> {
  constructor(
    readonly username: string,
    readonly password: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}
