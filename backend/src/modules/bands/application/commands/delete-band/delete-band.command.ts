import { Command } from '@nestjs/cqrs';

export class DeleteBandCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
