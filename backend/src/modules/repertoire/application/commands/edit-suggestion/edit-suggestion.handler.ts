import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { SUGGESTION_READER, type SuggestionReader, type SuggestionView } from '../../ports/suggestion.reader.js';
import { SUGGESTION_REPOSITORY, type SuggestionRepository } from '../../ports/suggestion.repository.js';
import { SuggestionLoader } from '../../suggestion-loader.js';
import { EditSuggestionCommand } from './edit-suggestion.command.js';

/** Its author or a manager edits a suggestion; its votes stay. */
@CommandHandler(EditSuggestionCommand)
export class EditSuggestionHandler implements ICommandHandler<EditSuggestionCommand> {
  constructor(
    private readonly loader: SuggestionLoader,
    @Inject(SUGGESTION_REPOSITORY) private readonly suggestions: SuggestionRepository,
    @Inject(SUGGESTION_READER) private readonly reader: SuggestionReader,
    private readonly events: EventBus,
  ) {}

  async execute(command: EditSuggestionCommand): Promise<SuggestionView> {
    const suggestion = await this.loader.forAuthorOrManager(command.userId, command.suggestionId);
    suggestion.edit(command.changes, command.userId);
    await this.suggestions.save(suggestion);
    this.events.publishAll(suggestion.pullEvents());
    return (await this.reader.findById(suggestion.id, command.userId))!;
  }
}
