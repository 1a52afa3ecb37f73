import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { SUGGESTION_REPOSITORY, type SuggestionRepository } from '../../ports/suggestion.repository.js';
import { SuggestionLoader } from '../../suggestion-loader.js';
import { WithdrawSuggestionCommand } from './withdraw-suggestion.command.js';

/** Its author or a manager deletes a suggestion, its votes with it. */
@CommandHandler(WithdrawSuggestionCommand)
export class WithdrawSuggestionHandler implements ICommandHandler<WithdrawSuggestionCommand> {
  constructor(
    private readonly loader: SuggestionLoader,
    @Inject(SUGGESTION_REPOSITORY) private readonly suggestions: SuggestionRepository,
    private readonly events: EventBus,
  ) {}

  async execute(command: WithdrawSuggestionCommand): Promise<void> {
    const suggestion = await this.loader.forAuthorOrManager(command.userId, command.suggestionId);
    suggestion.withdraw(command.userId);
    await this.suggestions.delete(suggestion.id);
    this.events.publishAll(suggestion.pullEvents());
  }
}
