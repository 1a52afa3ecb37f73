import type { BandProfile } from '../application/ports/band-profiles.js';
import type { GigProgramme } from '../application/ports/gig-programmes.js';
import type { RepertoireSong } from '../application/ports/repertoire-songs.js';
import type { RepertoireExport } from '../application/queries/export-repertoire/export-repertoire.query.js';
import type { SetlistExport } from '../application/queries/export-setlist/export-setlist.query.js';

export function aBand(changes: Partial<BandProfile> = {}): BandProfile {
  return { name: 'Les Rythmes', language: 'fr', timeZone: 'Europe/Paris', ...changes };
}

export function aSong(title: string, changes: Partial<RepertoireSong> = {}): RepertoireSong {
  return { title, artist: null, key: null, bpm: null, durationSec: null, mastered: false, ...changes };
}

export const ZOMBIE = aSong('Zombie', { artist: 'The Cranberries', key: 'Mi mineur', bpm: 84, durationSec: 306 });
export const CREEP = aSong('Creep', { artist: 'Radiohead', key: 'Sol', bpm: 92, durationSec: 238, mastered: true });
export const AFRICA = aSong('Africa', { artist: 'Toto' });

export function aRepertoire(songs: RepertoireSong[], band = aBand()): RepertoireExport {
  return { band, songs, at: new Date('2026-12-02T23:30:00Z') };
}

/** A gig on Monday 21 June 2027, 20:00–01:00 in Paris, with two sets. */
export function aGig(changes: Partial<GigProgramme> = {}): GigProgramme {
  return {
    id: 'gig',
    bandId: 'band',
    title: 'Fête de la musique',
    startsAt: new Date('2027-06-21T18:00:00Z'),
    endsAt: new Date('2027-06-21T23:00:00Z'),
    location: 'Le Petit Bain',
    address: '7 port de la Gare\n75013 Paris',
    sets: [
      { label: null, songs: [ZOMBIE, CREEP] },
      { label: 'Après l’entracte', songs: [AFRICA] },
    ],
    ...changes,
  };
}

export function aSetlist(gig = aGig(), band = aBand()): SetlistExport {
  return { band, gig };
}
