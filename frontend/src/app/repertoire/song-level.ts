import { Song } from '../core/api/api-types';
import { OutboxKind } from '../core/offline/outbox-kind';
import { songUrl } from './repertoire-api';

export interface SongLevel {
  readonly songId: string;
  /** 0 (not started) to 10 (mastered). */
  readonly level: number;
  /** For the refusal sentence. */
  readonly title: string;
}

/**
 * My level on a song, kept while offline and sent when the network returns. The note is left
 * out (absent keeps it): it is saved on its own, explicitly. The answer is the song as I see it.
 */
export const SONG_LEVEL: OutboxKind<SongLevel, Song> = {
  name: 'song-level',
  target: (change) => change.songId,
  send: (change, http) => http.put<Song>(songUrl(change.songId, 'progress'), { level: change.level }),
  refusal: (change) =>
    $localize`:@@song.levelRefused:Votre niveau sur « ${change.title}:title: » n'a pas été enregistré.`,
};
