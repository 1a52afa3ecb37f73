import type { BandSongView } from '../../repertoire/public-api.js';
import { SongNotInRepertoireError } from '../domain/schedule.errors.js';
import type { SongCatalog } from './ports/song-catalog.js';

/**
 * The band's songs among `songIds` (a setlist's, a rehearsal's), or SongNotInRepertoireError naming
 * those that are not: unknown, a suggestion, another band's.
 */
export async function songsInRepertoire(
  catalog: SongCatalog,
  viewerId: string,
  bandId: string,
  songIds: readonly string[],
): Promise<BandSongView[]> {
  const songs = await catalog.songsOf(viewerId, bandId, songIds);
  const known = new Set(songs.map((song) => song.id));
  const strangers = [...new Set(songIds)].filter((id) => !known.has(id));
  if (strangers.length > 0) throw new SongNotInRepertoireError(strangers);
  return songs;
}
