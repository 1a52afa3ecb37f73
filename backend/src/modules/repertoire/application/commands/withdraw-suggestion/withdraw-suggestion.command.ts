import { Command } from '@nestjs/cqrs';

export class WithdrawSuggestionCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly suggestionId: string,
  ) {
    super();
  }
}
