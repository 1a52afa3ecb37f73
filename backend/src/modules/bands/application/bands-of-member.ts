import { Inject, Injectable } from '@nestjs/common';
import type { MemberBandsReader, MemberBandsView } from '../../identity/public-api.js';
import { BANDS_READER, type BandsReader } from './ports/bands.reader.js';

/** What GET /api/me shows of bands: the user's bands and the one they work in. */
@Injectable()
export class BandsOfMember implements MemberBandsReader {
  constructor(@Inject(BANDS_READER) private readonly reader: BandsReader) {}

  async bandsOf(userId: string): Promise<MemberBandsView> {
    const [bands, stored] = await Promise.all([this.reader.myBands(userId), this.reader.activeBandId(userId)]);
    // With no stored choice (or a band since left), the band joined first is the natural default.
    const activeBandId = stored ?? bands[0]?.id ?? null;
    return { activeBandId, bands: bands.map(({ id, name, role }) => ({ id, name, role })) };
  }
}
