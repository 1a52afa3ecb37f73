import { Command } from '@nestjs/cqrs';

export class RemoveGigCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly gigId: string,
  ) {
    super();
  }
}
