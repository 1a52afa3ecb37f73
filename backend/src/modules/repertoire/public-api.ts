// The application contract the repertoire context offers the other contexts: what their domain,
// application and adapters may import. The Nest module and the entity list are for the composition root
// only (app.module.ts, database/). Everything else is internal to the repertoire.
export { SONG_USAGE, type SongUsage } from './application/ports/song-usage.js';
export { FindBandSongsQuery } from './application/queries/find-band-songs/find-band-songs.query.js';
