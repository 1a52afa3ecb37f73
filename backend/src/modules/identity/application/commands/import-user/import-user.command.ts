import { Command } from '@nestjs/cqrs';
import type { ForeignPbkdf2Hash } from '../../ports/password-hasher.js';

/** The account as the import made it: the username may differ from the original one (folded, numbered). */
export interface ImportedUser {
  userId: string;
  username: string;
}

/** An account brought from another application, with its password hash as that one stored it. */
export class ImportUserCommand extends Command<ImportedUser> {
  constructor(
    readonly username: string,
    readonly passwordHash: ForeignPbkdf2Hash,
    readonly createdAt: Date,
  ) {
    super();
  }
}
