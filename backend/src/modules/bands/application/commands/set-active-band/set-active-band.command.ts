import { Command } from '@nestjs/cqrs';

export class SetActiveBandCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
