import { csvText } from './csv.js';
import type { Sheet, SheetSong } from './export-sheet.js';

/**
 * One record per song under a header row, nothing else (a spreadsheet sorts and filters it): a
 * setlist's songs in their order with their set, the repertoire's with their status. A duration is
 * h:mm:ss, which a spreadsheet reads as a length of time and can add up.
 */
export function sheetCsv(sheet: Sheet): string {
  const { columns, mastered, learning } = sheet.labels;
  const facts = (song: SheetSong) => [
    song.title,
    song.artist ?? '',
    song.key ?? '',
    song.bpm === null ? '' : String(song.bpm),
    song.durationSec === null ? '' : clockLength(song.durationSec),
  ];
  const shared = [columns.title, columns.artist, columns.key, columns.tempo, columns.duration];
  if (sheet.kind === 'repertoire') {
    const songs = sheet.sets.flatMap((set) => set.songs);
    return csvText([
      [...shared, columns.status],
      ...songs.map((song) => [...facts(song), song.mastered ? mastered : learning]),
    ]);
  }
  return csvText([
    [columns.number, columns.set, ...shared],
    ...sheet.sets.flatMap((set) => set.songs.map((song) => [String(song.number), set.title ?? '', ...facts(song)])),
  ]);
}

function clockLength(seconds: number): string {
  const [hours, minutes, rest] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}
