import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { Suggestion } from '../../../domain/suggestion.js';
import { SUGGESTION_READER, type SuggestionReader, type SuggestionView } from '../../ports/suggestion.reader.js';
import { SUGGESTION_REPOSITORY, type SuggestionRepository } from '../../ports/suggestion.repository.js';
import { ProposeSuggestionCommand } from './propose-suggestion.command.js';

/** Any member proposes a song; it starts with no votes. */
@CommandHandler(ProposeSuggestionCommand)
export class ProposeSuggestionHandler implements ICommandHandler<ProposeSuggestionCommand> {
  constructor(
    @Inject(SUGGESTION_REPOSITORY) private readonly suggestions: SuggestionRepository,
    @Inject(SUGGESTION_READER) private readonly reader: SuggestionReader,
    private readonly access: BandAccess,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: ProposeSuggestionCommand): Promise<SuggestionView> {
    await this.access.require(command.userId, command.bandId, 'member');
    const suggestion = Suggestion.propose({
      id: newId(),
      bandId: command.bandId,
      authorId: command.userId,
      details: command.details,
      comment: command.comment,
      now: this.clock.now(),
    });
    await this.suggestions.save(suggestion);
    this.events.publishAll(suggestion.pullEvents());
    return (await this.reader.findById(suggestion.id, command.userId))!;
  }
}
