import { Inject, Injectable } from '@nestjs/common';
import { requireRole, type Role } from '../domain/role.js';
import { BANDS_READER, type BandsReader } from './ports/bands.reader.js';

/**
 * The one membership check of the app: every context asks it before touching a band's data.
 * A non-member gets BandNotFoundError (404, the band's existence stays private), a member without
 * the role InsufficientRoleError (403).
 */
@Injectable()
export class BandAccess {
  constructor(@Inject(BANDS_READER) private readonly reader: BandsReader) {}

  async require(userId: string, bandId: string, minimum: Role): Promise<Role> {
    return requireRole(await this.reader.roleOf(userId, bandId), minimum);
  }
}
