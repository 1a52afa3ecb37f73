import { Command } from '@nestjs/cqrs';
import type { Preferences } from '../../../domain/preferences.js';

export class UpdateProfileCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly changes: { displayName?: string; preferences?: Partial<Preferences> },
  ) {
    super();
  }
}
