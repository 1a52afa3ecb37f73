import { Command } from '@nestjs/cqrs';

export interface IssuedPasswordReset {
  /** The secret of the link; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/** Asked by the operator (`npm run user -- reset-password USERNAME`), never over HTTP. */
export class IssuePasswordResetCommand extends Command<IssuedPasswordReset> {
  constructor(readonly username: string) {
    super();
  }
}
