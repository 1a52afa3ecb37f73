import type { BandSettings } from '../../domain/band-settings.js';
import type { Band } from '../../domain/band.js';
import type { InviteCode } from '../../domain/invite-code.js';
import type { BandView } from './bands.reader.js';

/**
 * A band's row is never written back whole from an earlier read: each change writes only its own
 * fields, so changes to different fields made at the same instant all stay.
 */
export interface BandRepository {
  findById(id: string): Promise<Band | null>;
  findByInviteCode(code: string): Promise<Band | null>;
  /** Stores a new band. */
  add(band: Band): Promise<void>;
  /** Writes these settings and no others; the band as it now stands, or null when there is no such band. */
  changeSettings(id: string, changes: Partial<BandSettings>): Promise<BandView | null>;
  /** Puts a new invitation code in place (the old one stops working); false when there is no such band. */
  replaceInviteCode(id: string, code: InviteCode): Promise<boolean>;
  /** Deletes the band with everything it holds. */
  delete(id: string): Promise<void>;
}

export const BAND_REPOSITORY = Symbol('BandRepository');
