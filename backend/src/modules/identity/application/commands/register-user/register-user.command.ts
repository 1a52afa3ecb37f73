import { Command } from '@nestjs/cqrs';
import type { SignedIn } from '../../authenticated-session.js';

export class RegisterUserCommand extends Command<SignedIn> {
  constructor(
    readonly username: string,
    readonly password: string,
    readonly displayName: string | undefined,
    readonly clientAddress: string,
  ) {
    super();
  }
}
