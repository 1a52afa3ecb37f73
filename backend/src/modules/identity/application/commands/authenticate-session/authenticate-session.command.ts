import { Command } from '@nestjs/cqrs';
import type { Principal } from '../../authenticated-session.js';

/** Resolves a cookie token to its principal and slides the session's idle expiry. */
export class AuthenticateSessionCommand extends Command<Principal> {
  constructor(readonly token: string) {
    super();
  }
}
