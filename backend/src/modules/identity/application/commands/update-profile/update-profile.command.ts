import { Command } from '@nestjs/cqrs';
import type { Preferences } from '../../../domain/preferences.js';
import type { MeView } from '../../queries/get-me/me.view.js';

export class UpdateProfileCommand extends Command<MeView> {
  constructor(
    readonly userId: string,
    readonly changes: { displayName?: string; preferences?: Partial<Preferences> },
  ) {
    super();
  }
}
