import type { Language } from '../../../bands/public-api.js';

/** What an export says of the band: its name, the language its documents speak, its wall clock. */
export interface BandProfile {
  name: string;
  language: Language;
  /** IANA time zone: dates are written on the band's clock. */
  timeZone: string;
}

/** The bands context, asked for a viewer: a non-member is refused as if the band did not exist. */
export interface BandProfiles {
  profileOf(viewerId: string, bandId: string): Promise<BandProfile>;
}

export const BAND_PROFILES = Symbol('BandProfiles');
