import { Command } from '@nestjs/cqrs';
import type { SignedIn } from '../../authenticated-session.js';

export class LogInCommand extends Command<SignedIn> {
  constructor(
    readonly username: string,
    readonly password: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}
