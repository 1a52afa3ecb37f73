import { Command } from '@nestjs/cqrs';

export class CreateBandCommand extends Command<{ bandId: string }> {
  constructor(
    readonly userId: string,
    readonly name: string,
  ) {
    super();
  }
}
