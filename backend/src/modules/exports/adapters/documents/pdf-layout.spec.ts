import { describe, expect, it } from '@jest/globals';
import { aBand, aGig, AFRICA, aRepertoire, aSetlist, CREEP, ZOMBIE } from '../../testing/export.mother.js';
import { repertoireSheet, setlistSheet } from './export-sheet.js';
import { listLayout, stageLayout } from './pdf-layout.js';

describe('listLayout', () => {
  it('lays the repertoire out as one table under the band’s name, with its totals', () => {
    expect(listLayout(repertoireSheet(aRepertoire([AFRICA, CREEP, ZOMBIE])))).toEqual({
      name: 'list',
      title: 'Les Rythmes — Répertoire au jeudi 3 décembre 2026',
      locale: 'fr-FR',
      blocks: [
        { type: 'heading', text: 'Les Rythmes' },
        { type: 'line', text: 'Répertoire au jeudi 3 décembre 2026' },
        {
          type: 'table',
          columns: [
            { label: 'N°', share: 0.06, align: 'right' },
            { label: 'Titre', share: 0.31, align: 'left' },
            { label: 'Artiste', share: 0.24, align: 'left' },
            { label: 'Tonalité', share: 0.13, align: 'left' },
            { label: 'Tempo (BPM)', share: 0.14, align: 'right' },
            { label: 'Durée', share: 0.12, align: 'right' },
          ],
          rows: [
            ['1', 'Africa', 'Toto', '', '', ''],
            ['2', 'Creep', 'Radiohead', 'Sol', '92', '3:58'],
            ['3', 'Zombie', 'The Cranberries', 'Mi mineur', '84', '5:06'],
          ],
        },
        { type: 'note', text: '3 morceaux · Durée totale\u00a0: 9 min (1 morceau sans durée)' },
      ],
    });
  });

  it('lays a setlist out set by set, a break between them, the gig’s date on the band’s clock and its place', () => {
    const { blocks } = listLayout(setlistSheet(aSetlist()));
    expect(blocks.filter((block) => block.type !== 'table')).toEqual([
      { type: 'heading', text: 'Fête de la musique' },
      { type: 'line', text: 'Les Rythmes' },
      { type: 'line', text: 'lundi 21 juin 2027, 20:00 – mardi 22 juin, 01:00' },
      { type: 'line', text: 'Le Petit Bain · 7 port de la Gare, 75013 Paris' },
      { type: 'section', text: 'Set 1', detail: '2 morceaux · 9 min' },
      { type: 'divider', text: 'Pause' },
      { type: 'section', text: 'Après l’entracte', detail: '1 morceau · 0 min (1 morceau sans durée)' },
      { type: 'note', text: '3 morceaux · Durée totale\u00a0: 9 min (1 morceau sans durée)' },
    ]);
    expect(blocks.flatMap((block) => (block.type === 'table' ? [block.rows.map((row) => row[0])] : []))).toEqual([
      ['1', '2'],
      ['3'],
    ]);
  });

  it('speaks English for an English band, on its own clock', () => {
    const band = aBand({ language: 'en', timeZone: 'America/Montreal' });
    const { blocks, locale } = listLayout(setlistSheet(aSetlist(aGig({ endsAt: null }), band)));
    expect(locale).toBe('en');
    expect(blocks).toContainEqual({ type: 'line', text: 'Monday, June 21, 2027, 02:00 PM' });
    expect(blocks).toContainEqual({ type: 'divider', text: 'Break' });
    expect(blocks.at(-1)).toEqual({
      type: 'note',
      text: '3 songs · Total duration: 9 min (1 song without a duration)',
    });
  });

  it('says so when there is no song', () => {
    expect(listLayout(repertoireSheet(aRepertoire([]))).blocks.at(-1)).toEqual({
      type: 'note',
      text: 'Le répertoire n’a pas encore de morceau.',
    });
  });
});

describe('stageLayout', () => {
  it('puts each set on a page of its own under the gig’s heading, one song a line with key, tempo and duration', () => {
    const { blocks } = stageLayout(setlistSheet(aSetlist()));
    const pages = [[] as typeof blocks];
    for (const block of blocks) {
      if (block.type === 'page-break') pages.push([]);
      else pages.at(-1)!.push(block);
    }
    expect(pages).toHaveLength(2);
    expect(pages.map((page) => page[0])).toEqual([
      { type: 'heading', text: 'Fête de la musique' },
      { type: 'heading', text: 'Fête de la musique' },
    ]);
    expect(pages[0]!.slice(4)).toEqual([
      { type: 'section', text: 'Set 1', detail: '2 morceaux · 9 min' },
      { type: 'stage-song', number: '1', title: 'Zombie', facts: 'Mi mineur · 84 BPM · 5:06' },
      { type: 'stage-song', number: '2', title: 'Creep', facts: 'Sol · 92 BPM · 3:58' },
      { type: 'divider', text: 'Pause' },
    ]);
    expect(pages[1]!.slice(4)).toEqual([
      { type: 'section', text: 'Après l’entracte', detail: '1 morceau · 0 min (1 morceau sans durée)' },
      { type: 'stage-song', number: '3', title: 'Africa', facts: '' },
      { type: 'note', text: '3 morceaux · Durée totale\u00a0: 9 min (1 morceau sans durée)' },
    ]);
  });

  it('lists the whole repertoire in large type without sets', () => {
    const { blocks } = stageLayout(repertoireSheet(aRepertoire([CREEP, ZOMBIE])));
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'line', 'stage-song', 'stage-song', 'note']);
  });

  it('is one page saying there is no setlist yet', () => {
    expect(stageLayout(setlistSheet(aSetlist(aGig({ sets: [] })))).blocks).toEqual([
      { type: 'heading', text: 'Fête de la musique' },
      { type: 'line', text: 'Les Rythmes' },
      { type: 'line', text: 'lundi 21 juin 2027, 20:00 – mardi 22 juin, 01:00' },
      { type: 'line', text: 'Le Petit Bain · 7 port de la Gare, 75013 Paris' },
      { type: 'note', text: 'Ce concert n’a pas encore de setlist.' },
    ]);
  });
});
