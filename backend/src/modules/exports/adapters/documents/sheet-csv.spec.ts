import { describe, expect, it } from '@jest/globals';
import { aBand, aGig, AFRICA, aRepertoire, aSetlist, aSong, CREEP, ZOMBIE } from '../../testing/export.mother.js';
import { repertoireSheet, setlistSheet } from './export-sheet.js';
import { sheetCsv } from './sheet-csv.js';

const records = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .slice(0, -1);

describe('sheetCsv', () => {
  it('writes the repertoire one song a record, with its status, in the band’s language', () => {
    expect(records(sheetCsv(repertoireSheet(aRepertoire([AFRICA, CREEP, ZOMBIE]))))).toEqual([
      'Titre;Artiste;Tonalité;Tempo (BPM);Durée;Statut',
      'Africa;Toto;;;;En apprentissage',
      'Creep;Radiohead;Sol;92;0:03:58;Maîtrisé',
      'Zombie;The Cranberries;Mi mineur;84;0:05:06;En apprentissage',
    ]);
    expect(records(sheetCsv(repertoireSheet(aRepertoire([CREEP], aBand({ language: 'en' })))))).toEqual([
      'Title;Artist;Key;Tempo (BPM);Duration;Status',
      'Creep;Radiohead;Sol;92;0:03:58;Mastered',
    ]);
  });

  it('writes a setlist’s songs in their order, numbered across the sets, each with its set', () => {
    expect(records(sheetCsv(setlistSheet(aSetlist())))).toEqual([
      'N°;Set;Titre;Artiste;Tonalité;Tempo (BPM);Durée',
      '1;Set 1;Zombie;The Cranberries;Mi mineur;84;0:05:06',
      '2;Set 1;Creep;Radiohead;Sol;92;0:03:58',
      '3;Après l’entracte;Africa;Toto;;;',
    ]);
  });

  it('escapes what a member typed', () => {
    const song = aSong('=cmd|calc', { artist: 'Rock; "Roll"', durationSec: 3725 });
    expect(records(sheetCsv(repertoireSheet(aRepertoire([song]))))[1]).toBe(
      `'=cmd|calc;"Rock; ""Roll""";;;1:02:05;En apprentissage`,
    );
  });

  it('is a header alone for an empty setlist', () => {
    expect(records(sheetCsv(setlistSheet(aSetlist(aGig({ sets: [] })))))).toEqual([
      'N°;Set;Titre;Artiste;Tonalité;Tempo (BPM);Durée',
    ]);
  });
});
