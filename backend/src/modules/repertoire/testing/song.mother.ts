import { newId } from '../../../shared/application/ids.js';
import { MemberProgress } from '../domain/member-progress.js';
import type { SongAttributesChanges } from '../domain/song-attributes.js';
import type { SongDetailsChanges } from '../domain/song-details.js';
import { Song } from '../domain/song.js';
import { T0 } from './suggestion.mother.js';

export function aSong(
  overrides: { bandId?: string; now?: Date; actorId?: string } & Partial<{ title: string } & SongDetailsChanges> &
    SongAttributesChanges = {},
): Song {
  const { bandId, now, actorId, key, bpm, durationSec, ...details } = overrides;
  return Song.add({
    id: newId(),
    bandId: bandId ?? newId(),
    details: { title: 'Zombie', artist: 'The Cranberries', ...details },
    attributes: { key, bpm, durationSec },
    actorId: actorId ?? newId(),
    now: now ?? T0,
  });
}

export function progressOf(song: Song, memberId: string, level: number, note?: string | null): MemberProgress {
  return MemberProgress.set({ songId: song.id, bandId: song.bandId, memberId, level, note, now: T0 });
}
