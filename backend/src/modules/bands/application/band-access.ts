import { Inject, Injectable } from '@nestjs/common';
import { BandNotFoundError, InsufficientRoleError } from '../domain/bands.errors.js';
import { hasAtLeast, type Role } from '../domain/role.js';
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
    const role = await this.reader.roleOf(userId, bandId);
    if (!role) throw new BandNotFoundError();
    if (!hasAtLeast(role, minimum)) throw new InsufficientRoleError(minimum);
    return role;
  }
}
