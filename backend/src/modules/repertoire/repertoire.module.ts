import { type DynamicModule, Logger, Module, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Persistence } from '../../config/app-config.js';
import { SongsController } from './adapters/http/songs.controller.js';
import { InMemoryProgressRepository } from './adapters/persistence/in-memory/in-memory-progress.repository.js';
import { InMemorySongReader } from './adapters/persistence/in-memory/in-memory-song.reader.js';
import { InMemorySongRepository } from './adapters/persistence/in-memory/in-memory-song.repository.js';
import { MikroOrmProgressRepository } from './adapters/persistence/mikro-orm/mikro-orm-progress.repository.js';
import { MikroOrmSongReader } from './adapters/persistence/mikro-orm/mikro-orm-song.reader.js';
import { MikroOrmSongRepository } from './adapters/persistence/mikro-orm/mikro-orm-song.repository.js';
import { AddSongHandler } from './application/commands/add-song/add-song.handler.js';
import { ChangeSongHandler } from './application/commands/change-song/change-song.handler.js';
import { RemoveSongHandler } from './application/commands/remove-song/remove-song.handler.js';
import { SetProgressHandler } from './application/commands/set-progress/set-progress.handler.js';
import { PROGRESS_REPOSITORY } from './application/ports/progress.repository.js';
import { SONG_READER } from './application/ports/song.reader.js';
import { SONG_REPOSITORY } from './application/ports/song.repository.js';
import { FindBandSongsHandler } from './application/queries/find-band-songs/find-band-songs.handler.js';
import { GetSongHandler } from './application/queries/get-song/get-song.handler.js';
import { ListSongsHandler } from './application/queries/list-songs/list-songs.handler.js';
import { SongLoader } from './application/song-loader.js';
import { SuggestionsController } from './adapters/http/suggestions.controller.js';
import { InMemoryRepertoireStore } from './adapters/persistence/in-memory/in-memory-repertoire.store.js';
import { InMemorySuggestionReader } from './adapters/persistence/in-memory/in-memory-suggestion.reader.js';
import { InMemorySuggestionRepository } from './adapters/persistence/in-memory/in-memory-suggestion.repository.js';
import { InMemoryVoteRepository } from './adapters/persistence/in-memory/in-memory-vote.repository.js';
import { MikroOrmSuggestionReader } from './adapters/persistence/mikro-orm/mikro-orm-suggestion.reader.js';
import { MikroOrmSuggestionRepository } from './adapters/persistence/mikro-orm/mikro-orm-suggestion.repository.js';
import { MikroOrmVoteRepository } from './adapters/persistence/mikro-orm/mikro-orm-vote.repository.js';
import { CastVoteHandler } from './application/commands/cast-vote/cast-vote.handler.js';
import { DemoteSongHandler } from './application/commands/demote-song/demote-song.handler.js';
import { PromoteSuggestionHandler } from './application/commands/promote-suggestion/promote-suggestion.handler.js';
import { EditSuggestionHandler } from './application/commands/edit-suggestion/edit-suggestion.handler.js';
import { ProposeSuggestionHandler } from './application/commands/propose-suggestion/propose-suggestion.handler.js';
import { WithdrawSuggestionHandler } from './application/commands/withdraw-suggestion/withdraw-suggestion.handler.js';
import { WithdrawVoteHandler } from './application/commands/withdraw-vote/withdraw-vote.handler.js';
import { SUGGESTION_READER } from './application/ports/suggestion.reader.js';
import { SUGGESTION_REPOSITORY } from './application/ports/suggestion.repository.js';
import { VOTE_REPOSITORY } from './application/ports/vote.repository.js';
import { ListSuggestionsHandler } from './application/queries/list-suggestions/list-suggestions.handler.js';
import { ReleaseFormerMemberHandler } from './application/events/release-former-member/release-former-member.handler.js';
import { ReleaseFormerMembersCommand } from './application/commands/release-former-members/release-former-members.command.js';
import { ReleaseFormerMembersHandler } from './application/commands/release-former-members/release-former-members.handler.js';
import { RepertoireAccess } from './application/repertoire-access.js';
import { SuggestionLoader } from './application/suggestion-loader.js';

const persistenceAdapters: Record<Persistence, Provider[]> = {
  postgres: [
    { provide: SUGGESTION_REPOSITORY, useClass: MikroOrmSuggestionRepository },
    { provide: VOTE_REPOSITORY, useClass: MikroOrmVoteRepository },
    { provide: SUGGESTION_READER, useClass: MikroOrmSuggestionReader },
    { provide: SONG_REPOSITORY, useClass: MikroOrmSongRepository },
    { provide: PROGRESS_REPOSITORY, useClass: MikroOrmProgressRepository },
    { provide: SONG_READER, useClass: MikroOrmSongReader },
  ],
  memory: [
    InMemoryRepertoireStore,
    { provide: SUGGESTION_REPOSITORY, useClass: InMemorySuggestionRepository },
    { provide: VOTE_REPOSITORY, useClass: InMemoryVoteRepository },
    { provide: SUGGESTION_READER, useClass: InMemorySuggestionReader },
    { provide: SONG_REPOSITORY, useClass: InMemorySongRepository },
    { provide: PROGRESS_REPOSITORY, useClass: InMemoryProgressRepository },
    { provide: SONG_READER, useClass: InMemorySongReader },
  ],
};

/**
 * Suggestions and votes, songs in rehearsal, each member's progress. Membership comes from BandAccess.
 * At start, before serving, it lets go of the former members whose departure a stopped process did not
 * hand over (ADR 0027).
 */
@Module({})
export class RepertoireModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('RepertoireModule');

  constructor(private readonly commandBus: CommandBus) {}

  /** A failure (the database not answering yet) must not stop the start: health says so, the next start tries again. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const released = await this.commandBus.execute(new ReleaseFormerMembersCommand());
      if (released.votes + released.levels > 0) this.logger.log({ msg: 'Former members released', ...released });
    } catch (error) {
      this.logger.warn({
        msg: 'Former members not released at start; the next start tries again',
        error: String(error),
      });
    }
  }

  static register(persistence: Persistence): DynamicModule {
    return {
      module: RepertoireModule,
      controllers: [SuggestionsController, SongsController],
      providers: [
        ...persistenceAdapters[persistence],
        RepertoireAccess,
        SuggestionLoader,
        ProposeSuggestionHandler,
        EditSuggestionHandler,
        WithdrawSuggestionHandler,
        CastVoteHandler,
        WithdrawVoteHandler,
        ListSuggestionsHandler,
        SongLoader,
        AddSongHandler,
        ChangeSongHandler,
        RemoveSongHandler,
        SetProgressHandler,
        ListSongsHandler,
        GetSongHandler,
        FindBandSongsHandler,
        PromoteSuggestionHandler,
        DemoteSongHandler,
        ReleaseFormerMemberHandler,
        ReleaseFormerMembersHandler,
      ],
    };
  }
}
