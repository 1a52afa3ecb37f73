import { DomainError } from '../../../../../shared/domain/domain-error.js';
import type { BandAccess } from '../../../../bands/public-api.js';

/** In memory, the membership test of the PostgreSQL statements is BandAccess. */
export async function isMember(access: BandAccess, userId: string, bandId: string): Promise<boolean> {
  try {
    await access.require(userId, bandId, 'member');
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not-found') return false;
    throw error;
  }
}
