/** « 4:05 », « 1:02:30 »: a song's or a set's length. */
export function durationText(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** « 1 morceau sans durée », « 3 morceaux sans durée ». */
export function untimedSongsText(count: number): string {
  return count === 1
    ? $localize`:@@setlist.untimedOne:1 morceau sans durée`
    : $localize`:@@setlist.untimed:${count}:count: morceaux sans durée`;
}

/** « 1 morceau », « 4 morceaux ». */
export function songCountText(count: number): string {
  return count === 1 ? $localize`:@@setlist.songOne:1 morceau` : $localize`:@@setlist.songs:${count}:count: morceaux`;
}
