import { Command } from '@nestjs/cqrs';
import type { SetlistEntry } from '../../../domain/setlist/setlist.js';
import type { SetlistView } from '../../setlist-view.js';

export class SaveSetlistCommand extends Command<SetlistView> {
  constructor(
    readonly userId: string,
    readonly gigId: string,
    readonly entries: readonly SetlistEntry[],
  ) {
    super();
  }
}
