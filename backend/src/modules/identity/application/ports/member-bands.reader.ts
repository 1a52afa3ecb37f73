export type BandRole = 'member' | 'manager' | 'admin';

export interface MemberBandsView {
  activeBandId: string | null;
  bands: { id: string; name: string; role: BandRole }[];
}

/** The user's bands, as GET /api/me shows them; the bands context answers it. */
export interface MemberBandsReader {
  bandsOf(userId: string): Promise<MemberBandsView>;
}

export const MEMBER_BANDS_READER = Symbol('MemberBandsReader');
