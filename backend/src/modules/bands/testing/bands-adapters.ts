import type { ActiveBandRepository } from '../application/ports/active-band.repository.js';
import type { BandRepository } from '../application/ports/band.repository.js';
import type { BandsReader } from '../application/ports/bands.reader.js';
import type { RosterRepository } from '../application/ports/roster.repository.js';
import type { UnitOfWork } from '../../../shared/application/unit-of-work.js';
import type { Band } from '../domain/band.js';
import { Roster } from '../domain/roster.js';
import { aBand } from './band.mother.js';

/**
 * One set of bands adapters on empty storage, plus a way to make users they can refer to. Each port
 * has its own contract; they share this set, since one port's writes are seen through another.
 */
export interface BandsAdapters {
  bands: BandRepository;
  rosters: RosterRepository;
  activeBands: ActiveBandRepository;
  reader: BandsReader;
  unitOfWork: UnitOfWork;
  /** Creates a user (identity's side) and returns its id. */
  aUserNamed(displayName: string): Promise<string>;
}

export type BandsAdaptersFactory = () => Promise<BandsAdapters>;

export const minute = (n: number) => new Date(Date.UTC(2026, 10, 24, 10, n));

/** A stored band whose founder, its admin, joined at minute 0. */
export async function aFoundedBand(adapters: BandsAdapters, founderId: string, name?: string): Promise<Band> {
  const band = aBand({ name });
  await adapters.unitOfWork.run(async () => {
    await adapters.bands.add(band);
    await adapters.rosters.save(Roster.founded(band.id, founderId, minute(0)));
  });
  return band;
}

/** Locks the band's roster, edits it and saves it, in one unit of work, as the handlers do. */
export function changeRoster(adapters: BandsAdapters, bandId: string, edit: (roster: Roster) => void): Promise<void> {
  return adapters.unitOfWork.run(async () => {
    const roster = await adapters.rosters.lockForUpdate(bandId);
    edit(roster);
    await adapters.rosters.save(roster);
  });
}

export const UNKNOWN_BAND_ID = '01a20d32-9d6e-71e2-8ccb-7face453047f';
