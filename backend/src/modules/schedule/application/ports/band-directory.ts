/** A member of a band, as the schedule shows them beside their answer. */
export interface BandMember {
  userId: string;
  displayName: string;
}

/**
 * What the schedule needs to know of a band from the bands context. Asked for a viewer who is a member
 * (the caller has checked it).
 */
export interface BandDirectory {
  /** The IANA time zone the band lives in: the wall clock its dates are planned on. */
  timeZoneOf(viewerId: string, bandId: string): Promise<string>;
  membersOf(viewerId: string, bandId: string): Promise<BandMember[]>;
  /** The bands the user is a member of now. */
  bandsOf(userId: string): Promise<MemberBand[]>;
}

export interface MemberBand {
  id: string;
  name: string;
}

export const BAND_DIRECTORY = Symbol('BandDirectory');
