import type { Band } from '../../domain/band.js';

export interface BandRepository {
  findById(id: string): Promise<Band | null>;
  findByInviteCode(code: string): Promise<Band | null>;
  save(band: Band): Promise<void>;
  /** Deletes the band with everything it holds. */
  delete(id: string): Promise<void>;
}

export const BAND_REPOSITORY = Symbol('BandRepository');
