import { newId } from '../../../shared/application/ids.js';
import type { SongDetailsChanges } from '../domain/song-details.js';
import { Suggestion } from '../domain/suggestion.js';

export const T0 = new Date('2026-11-24T10:00:00Z');

export function aSuggestion(
  overrides: { bandId?: string; authorId?: string; now?: Date; comment?: string } & Partial<
    { title: string } & SongDetailsChanges
  > = {},
): Suggestion {
  const { bandId, authorId, now, comment, ...details } = overrides;
  return Suggestion.propose({
    id: newId(),
    bandId: bandId ?? newId(),
    authorId: authorId ?? newId(),
    details: { title: 'Seven Nation Army', artist: 'The White Stripes', ...details },
    comment: comment ?? null,
    now: now ?? T0,
  });
}
