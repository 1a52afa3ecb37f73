import type { Gig } from '../../domain/gig.js';

export interface GigRepository {
  findById(id: string): Promise<Gig | null>;
  save(gig: Gig): Promise<void>;
  /** Deletes the gig with every answer to it. */
  delete(id: string): Promise<void>;
}

export const GIG_REPOSITORY = Symbol('GigRepository');
