import { Command } from '@nestjs/cqrs';
import type { OpenedSession } from '../../authenticated-session.js';

export class RegisterUserCommand extends Command<OpenedSession> {
  constructor(
    readonly username: string,
    readonly password: string,
    readonly displayName: string | undefined,
    readonly clientAddress: string,
  ) {
    super();
  }
}
