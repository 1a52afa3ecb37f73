import { FixedClock } from '../../../shared/testing/fixed-clock.js';
import { RecordingEventBus } from '../../../shared/testing/recording-event-bus.js';
import { InMemoryRepertoireStore } from '../adapters/persistence/in-memory/in-memory-repertoire.store.js';
import { InMemoryProgressRepository } from '../adapters/persistence/in-memory/in-memory-progress.repository.js';
import { InMemorySongReader } from '../adapters/persistence/in-memory/in-memory-song.reader.js';
import { InMemorySongRepository } from '../adapters/persistence/in-memory/in-memory-song.repository.js';
import { AddSongCommand } from '../application/commands/add-song/add-song.command.js';
import { AddSongHandler } from '../application/commands/add-song/add-song.handler.js';
import { ChangeSongHandler } from '../application/commands/change-song/change-song.handler.js';
import { RemoveSongHandler } from '../application/commands/remove-song/remove-song.handler.js';
import { SetProgressHandler } from '../application/commands/set-progress/set-progress.handler.js';
import type { SongUsage } from '../application/ports/song-usage.js';
import { ListBandSongsHandler } from '../application/queries/list-band-songs/list-band-songs.handler.js';
import { GetSongHandler } from '../application/queries/get-song/get-song.handler.js';
import { ListSongsHandler } from '../application/queries/list-songs/list-songs.handler.js';
import { SongLoader } from '../application/song-loader.js';
import { InMemorySuggestionReader } from '../adapters/persistence/in-memory/in-memory-suggestion.reader.js';
import { InMemorySuggestionRepository } from '../adapters/persistence/in-memory/in-memory-suggestion.repository.js';
import { InMemoryVoteRepository } from '../adapters/persistence/in-memory/in-memory-vote.repository.js';
import { CastVoteHandler } from '../application/commands/cast-vote/cast-vote.handler.js';
import { InMemoryUnitOfWork } from '../../../shared/adapters/in-memory-unit-of-work.js';
import { DemoteSongHandler } from '../application/commands/demote-song/demote-song.handler.js';
import { PromoteSuggestionHandler } from '../application/commands/promote-suggestion/promote-suggestion.handler.js';
import { EditSuggestionHandler } from '../application/commands/edit-suggestion/edit-suggestion.handler.js';
import { ProposeSuggestionCommand } from '../application/commands/propose-suggestion/propose-suggestion.command.js';
import { ProposeSuggestionHandler } from '../application/commands/propose-suggestion/propose-suggestion.handler.js';
import { WithdrawSuggestionHandler } from '../application/commands/withdraw-suggestion/withdraw-suggestion.handler.js';
import { WithdrawVoteHandler } from '../application/commands/withdraw-vote/withdraw-vote.handler.js';
import { ListSuggestionsHandler } from '../application/queries/list-suggestions/list-suggestions.handler.js';
import { RepertoireAccess } from '../application/repertoire-access.js';
import { SuggestionLoader } from '../application/suggestion-loader.js';
import { ReleaseFormerMemberHandler } from '../application/events/release-former-member/release-former-member.handler.js';
import { ReleaseFormerMembersHandler } from '../application/commands/release-former-members/release-former-members.handler.js';
import { FakeBands } from './fake-bands.js';

/**
 * The repertoire context on its in-memory adapters, its handlers wired as the module wires them.
 * `usage` stands in for the schedule context's answer about setlists.
 */
export function repertoireTestKit(usage?: SongUsage) {
  const bands = new FakeBands();
  const store = new InMemoryRepertoireStore();
  const clock = new FixedClock();
  const events = new RecordingEventBus();
  const bus = events.asEventBus();
  const suggestions = new InMemorySuggestionRepository(store);
  const votes = new InMemoryVoteRepository(store, bands.access);
  const reader = new InMemorySuggestionReader(store, bands);
  const access = new RepertoireAccess(bands.access);
  const loader = new SuggestionLoader(suggestions, access);
  const songs = new InMemorySongRepository(store);
  const progress = new InMemoryProgressRepository(store, bands.access);
  const songReader = new InMemorySongReader(store);
  const songLoader = new SongLoader(songs, access);
  const unitOfWork = new InMemoryUnitOfWork();

  const handlers = {
    propose: new ProposeSuggestionHandler(suggestions, reader, bands.access, clock, bus),
    edit: new EditSuggestionHandler(loader, suggestions, reader, bus),
    withdraw: new WithdrawSuggestionHandler(loader, suggestions, bus),
    castVote: new CastVoteHandler(votes, clock, bus),
    withdrawVote: new WithdrawVoteHandler(votes, bus),
    list: new ListSuggestionsHandler(reader, bands.access),
    addSong: new AddSongHandler(songs, songReader, bands.access, clock, bus),
    changeSong: new ChangeSongHandler(songLoader, songs, songReader, bus),
    removeSong: new RemoveSongHandler(songLoader, songs, bus, usage),
    setProgress: new SetProgressHandler(songLoader, progress, songReader, clock, bus),
    listSongs: new ListSongsHandler(songReader, bands.access),
    getSong: new GetSongHandler(songReader, access),
    listBandSongs: new ListBandSongsHandler(songReader, bands.access),
    promote: new PromoteSuggestionHandler(loader, suggestions, songs, songReader, unitOfWork, clock, bus),
    releaseFormerMember: new ReleaseFormerMemberHandler(votes, progress),
    releaseFormerMembers: new ReleaseFormerMembersHandler(votes, progress),
    demote: new DemoteSongHandler(songLoader, songs, suggestions, reader, unitOfWork, clock, bus, usage),
  };

  /** A suggestion proposed by `authorId` through the handler; the clock moves on a minute after it. */
  const proposed = async (authorId: string, bandId: string, title = 'Seven Nation Army', artist?: string) => {
    const view = await handlers.propose.execute(
      new ProposeSuggestionCommand(authorId, bandId, { title, artist }, null),
    );
    clock.advance(60_000);
    return view;
  };

  /** A song a manager added through the handler. */
  const added = async (managerId: string, bandId: string, title = 'Seven Nation Army', artist?: string) =>
    handlers.addSong.execute(new AddSongCommand(managerId, bandId, { title, artist }, {}));

  return { bands, store, clock, events, suggestions, votes, reader, songs, handlers, proposed, added };
}
