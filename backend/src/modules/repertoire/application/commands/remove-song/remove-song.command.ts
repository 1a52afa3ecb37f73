import { Command } from '@nestjs/cqrs';

export class RemoveSongCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly songId: string,
  ) {
    super();
  }
}
