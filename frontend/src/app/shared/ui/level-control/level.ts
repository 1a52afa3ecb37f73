/** A member's level on a song: a whole number from 0 (not started) to 10 (mastered). */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 10;

/** The ramp colour of a level (level-tokens.css); a level out of range takes the nearest end. */
export function levelColor(level: number): string {
  return `var(--bt-level-${clampLevel(level)})`;
}

export function clampLevel(level: number): number {
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.round(level)));
}

/** A few words for what a level means, read out with the number and shown under it. */
export function levelWord(level: number | null): string {
  if (level === null) return $localize`:@@level.unrated:Pas encore évalué`;
  const value = clampLevel(level);
  if (value === 0) return $localize`:@@level.notStarted:Pas commencé`;
  if (value <= 3) return $localize`:@@level.discovering:Je découvre`;
  if (value <= 6) return $localize`:@@level.progressing:En progrès`;
  if (value <= 8) return $localize`:@@level.comfortable:À l'aise`;
  return $localize`:@@level.mastered:Maîtrisé`;
}
