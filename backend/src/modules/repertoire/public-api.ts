// The application contract the repertoire context offers the other contexts: what their domain,
// application and adapters may import. The Nest module and the entity list are for the composition root
// only (app.module.ts, database/). Everything else is internal to the repertoire.
export { SONG_USAGE, type SongUsage } from './application/ports/song-usage.js';
export { ListBandSongsQuery } from './application/queries/list-band-songs/list-band-songs.query.js';
export type { BandSongView } from './application/ports/song.reader.js';
export { ListSuggestionsQuery } from './application/queries/list-suggestions/list-suggestions.query.js';
export { ListSongsQuery } from './application/queries/list-songs/list-songs.query.js';
export {
  ProgressChanged,
  SongAdded,
  SongChanged,
  SongDemoted,
  SongMastered,
  SongPromoted,
  SongRemoved,
  SuggestionEdited,
  SuggestionProposed,
  SuggestionWithdrawn,
  type RepertoireEvent,
  VoteChanged,
} from './domain/repertoire.events.js';
export { ARTIST_MAX_LENGTH } from './domain/song-details.js';
export { NOTE_MAX_LENGTH } from './domain/member-progress.js';
export { TITLE_MAX_LENGTH as SONG_TITLE_MAX_LENGTH } from './domain/song-title.js';
export { AddSongCommand } from './application/commands/add-song/add-song.command.js';
export { CastVoteCommand } from './application/commands/cast-vote/cast-vote.command.js';
export { ChangeSongCommand } from './application/commands/change-song/change-song.command.js';
export { ProposeSuggestionCommand } from './application/commands/propose-suggestion/propose-suggestion.command.js';
export { SetProgressCommand } from './application/commands/set-progress/set-progress.command.js';
