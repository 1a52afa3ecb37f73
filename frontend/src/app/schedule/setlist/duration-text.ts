/** What a set or the whole show lasts, to the minute: « 42 min », « 1 h 05 » (a song's own length: formatDuration). */
export function setLengthText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return $localize`:@@setlist.minutes:${minutes}:minutes: min`;
  const hours = Math.floor(minutes / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  return $localize`:@@setlist.hours:${hours}:hours: h ${rest}:minutes:`;
}

/** « 1 morceau sans durée », « 3 morceaux sans durée »: the length shown is that much short. */
export function untimedSongsText(count: number): string {
  return count === 1
    ? $localize`:@@setlist.untimedOne:1 morceau sans durée`
    : $localize`:@@setlist.untimed:${count}:count: morceaux sans durée`;
}

/** « 1 morceau », « 4 morceaux ». */
export function songCountText(count: number): string {
  return count === 1 ? $localize`:@@setlist.songOne:1 morceau` : $localize`:@@setlist.songs:${count}:count: morceaux`;
}
