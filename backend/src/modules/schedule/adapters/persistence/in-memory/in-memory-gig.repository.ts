import { Injectable } from '@nestjs/common';
import type { GigRepository } from '../../../application/ports/gig.repository.js';
import { Gig } from '../../../domain/gig.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';

@Injectable()
export class InMemoryGigRepository implements GigRepository {
  constructor(private readonly store: InMemoryScheduleStore) {}

  async findById(id: string): Promise<Gig | null> {
    const state = this.store.gigs.get(id);
    return state ? Gig.restore(state) : null;
  }

  async save(gig: Gig): Promise<void> {
    this.store.gigs.set(gig.id, gig.snapshot());
  }

  async delete(id: string): Promise<void> {
    this.store.gigs.delete(id);
    this.store.answers.delete(`gig/${id}`);
  }
}
