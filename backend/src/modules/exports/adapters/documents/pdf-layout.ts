import type { Sheet, SheetSet, Timing } from './export-sheet.js';
import { setLength, songLength } from './export-texts.js';

export const PDF_LAYOUTS = ['list', 'stage'] as const;
export type PdfLayoutName = (typeof PDF_LAYOUTS)[number];

export interface TableColumn {
  label: string;
  /** Its share of the page's width. */
  share: number;
  align: 'left' | 'right';
}

/** What a PDF is made of, top to bottom; the renderer only draws it and turns the pages that overflow. */
export type LayoutBlock =
  | { type: 'heading'; text: string }
  | { type: 'line'; text: string }
  | { type: 'section'; text: string; detail: string }
  /** Its header row comes again at the top of each page it runs onto. */
  | { type: 'table'; columns: TableColumn[]; rows: string[][] }
  | { type: 'stage-song'; number: string; title: string; facts: string }
  | { type: 'divider'; text: string }
  | { type: 'note'; text: string }
  | { type: 'page-break' };

export interface PdfLayout {
  name: PdfLayoutName;
  /** The document's title in its properties. */
  title: string;
  /** Its language (/Lang), for screen readers. */
  locale: string;
  blocks: LayoutBlock[];
}

/** The compact list: a table of the songs set by set (title, artist, key, tempo, duration), with totals. */
export function listLayout(sheet: Sheet): PdfLayout {
  const { columns } = sheet.labels;
  const table: TableColumn[] = [
    { label: columns.number, share: 0.06, align: 'right' },
    { label: columns.title, share: 0.31, align: 'left' },
    { label: columns.artist, share: 0.24, align: 'left' },
    { label: columns.key, share: 0.13, align: 'left' },
    { label: columns.tempo, share: 0.14, align: 'right' },
    { label: columns.duration, share: 0.12, align: 'right' },
  ];
  const sets = sheet.sets.flatMap((set, index): LayoutBlock[] => [
    ...(index > 0 ? [{ type: 'divider' as const, text: sheet.labels.break }] : []),
    ...(set.title === null ? [] : [{ type: 'section' as const, text: set.title, detail: setDetail(sheet, set) }]),
    {
      type: 'table',
      columns: table,
      rows: set.songs.map((song) => [
        String(song.number),
        song.title,
        song.artist ?? '',
        song.key ?? '',
        song.bpm === null ? '' : String(song.bpm),
        song.durationSec === null ? '' : songLength(song.durationSec),
      ]),
    },
  ]);
  return {
    ...document(sheet, 'list'),
    blocks: [...header(sheet), ...(sheet.songCount === 0 ? [note(sheet.empty)] : [...sets, note(totals(sheet))])],
  };
}

/**
 * The stage version, to read from a distance: one song per line in large type with its key, tempo and
 * duration; each set on a page of its own under the heading, ending on the break that follows it.
 */
export function stageLayout(sheet: Sheet): PdfLayout {
  if (sheet.songCount === 0) return { ...document(sheet, 'stage'), blocks: [...header(sheet), note(sheet.empty)] };
  const blocks = sheet.sets.flatMap((set, index): LayoutBlock[] => [
    ...(index > 0 ? [{ type: 'page-break' as const }] : []),
    ...header(sheet),
    ...(set.title === null ? [] : [{ type: 'section' as const, text: set.title, detail: setDetail(sheet, set) }]),
    ...set.songs.map((song): LayoutBlock => ({
      type: 'stage-song',
      number: String(song.number),
      title: song.title,
      facts: [
        song.key,
        song.bpm === null ? null : `${song.bpm} BPM`,
        song.durationSec === null ? null : songLength(song.durationSec),
      ]
        .filter((fact) => fact !== null)
        .join(' · '),
    })),
    ...(index < sheet.sets.length - 1 ? [{ type: 'divider' as const, text: sheet.labels.break }] : []),
  ]);
  return { ...document(sheet, 'stage'), blocks: [...blocks, note(totals(sheet))] };
}

function document(sheet: Sheet, name: PdfLayoutName): Omit<PdfLayout, 'blocks'> {
  return { name, title: [sheet.title, ...sheet.lines.slice(0, 1)].join(' — '), locale: sheet.labels.locale };
}

function header(sheet: Sheet): LayoutBlock[] {
  return [{ type: 'heading', text: sheet.title }, ...sheet.lines.map((text): LayoutBlock => ({ type: 'line', text }))];
}

function note(text: string): LayoutBlock {
  return { type: 'note', text };
}

/** « 4 morceaux · 16 min », and how many have no duration. */
function setDetail(sheet: Sheet, set: SheetSet): string {
  return withUntimed(sheet, `${sheet.labels.songCount(set.songs.length)} · ${setLength(set.totalSeconds)}`, set);
}

/** « 12 morceaux · Durée totale : 52 min », and how many have no duration. */
function totals(sheet: Sheet): string {
  const { labels } = sheet;
  const text = `${labels.songCount(sheet.songCount)} · ${labels.totalDuration}${labels.colon} ${setLength(sheet.totalSeconds)}`;
  return withUntimed(sheet, text, sheet);
}

function withUntimed(sheet: Sheet, text: string, timing: Timing): string {
  return timing.untimedSongs === 0 ? text : `${text} (${sheet.labels.untimedSongs(timing.untimedSongs)})`;
}
