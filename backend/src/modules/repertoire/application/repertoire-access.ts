import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared/domain/domain-error.js';
import { BandAccess, type Role } from '../../bands/public-api.js';

/** The errors to answer instead of BandAccess's own, for an item addressed by its own id. */
export interface Refusals {
  notFound: () => DomainError;
  forbidden?: () => DomainError;
}

/**
 * BandAccess for items addressed by their own id: a caller outside the item's band is told the item
 * does not exist (`notFound`), exactly as for an unknown id, so ids of other bands reveal nothing.
 */
@Injectable()
export class RepertoireAccess {
  constructor(private readonly bands: BandAccess) {}

  async require(userId: string, bandId: string, minimum: Role, refusals: Refusals): Promise<Role> {
    try {
      return await this.bands.require(userId, bandId, minimum);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.kind === 'not-found') throw refusals.notFound();
      if (error.kind === 'forbidden' && refusals.forbidden) throw refusals.forbidden();
      throw error;
    }
  }
}
