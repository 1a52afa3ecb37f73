import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared/domain/domain-error.js';
import { BandAccess, type Role } from '../../bands/public-api.js';

/**
 * BandAccess for a rehearsal or a gig addressed by its own id: a caller outside its band is told it
 * does not exist (`notFound`), exactly as for an unknown id, so ids of other bands reveal nothing.
 */
@Injectable()
export class EventAccess {
  constructor(private readonly bands: BandAccess) {}

  async require(userId: string, bandId: string, minimum: Role, notFound: () => DomainError): Promise<Role> {
    try {
      return await this.bands.require(userId, bandId, minimum);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not-found') throw notFound();
      throw error;
    }
  }
}
