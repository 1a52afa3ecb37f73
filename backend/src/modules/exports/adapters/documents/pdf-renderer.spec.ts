import { describe, expect, it } from '@jest/globals';
import { aRepertoire, aSetlist, aSong } from '../../testing/export.mother.js';
import { pdfPages } from '../../testing/pdf-text.js';
import { repertoireSheet, setlistSheet } from './export-sheet.js';
import { listLayout, stageLayout } from './pdf-layout.js';
import { renderPdf } from './pdf-renderer.js';

describe('renderPdf', () => {
  it('draws the list with French accents, quotes and dashes intact', async () => {
    const songs = [
      aSong('L’été « indien » — live', { artist: 'Joe Dassin', key: 'Mi♭ majeur', bpm: 96, durationSec: 245 }),
    ];
    const [page, ...more] = await pdfPages(await renderPdf(listLayout(repertoireSheet(aRepertoire(songs)))));
    expect(more).toEqual([]);
    expect(page).toContain('L’été « indien » — live');
    expect(page).toContain('Mib majeur');
    expect(page).toContain('Tempo (BPM)');
    expect(page).toContain('Tonalité');
    // pdf.js reads the no-break space back as a plain one.
    expect(page).toContain('Durée totale : 4 min');
  });

  it('turns the page of a long list and repeats the table’s header on it', async () => {
    const songs = Array.from({ length: 80 }, (_, index) => aSong(`Morceau ${String(index + 1).padStart(2, '0')}`));
    const pages = await pdfPages(await renderPdf(listLayout(repertoireSheet(aRepertoire(songs)))));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Titre Artiste Tonalité');
    expect(pages.at(-1)).toContain('Morceau 80');
    expect(pages.join(' ')).toContain('80 morceaux');
  });

  it('draws the stage version a set per page', async () => {
    const pages = await pdfPages(await renderPdf(stageLayout(setlistSheet(aSetlist()))));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/Fête de la musique .*Set 1 .*Zombie .*Mi mineur · 84 BPM · 5:06 .*Creep .*— Pause —/);
    expect(pages[1]).toMatch(/Fête de la musique .*Après l’entracte .*Africa/);
    expect(pages[1]).not.toContain('Zombie');
  });
});
