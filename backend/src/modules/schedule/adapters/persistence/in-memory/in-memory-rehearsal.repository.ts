import { Injectable } from '@nestjs/common';
import type { RehearsalRepository } from '../../../application/ports/rehearsal.repository.js';
import { Rehearsal } from '../../../domain/rehearsal.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';

@Injectable()
export class InMemoryRehearsalRepository implements RehearsalRepository {
  constructor(private readonly store: InMemoryScheduleStore) {}

  async findById(id: string): Promise<Rehearsal | null> {
    const state = this.store.rehearsals.get(id);
    return state ? Rehearsal.restore(state) : null;
  }

  async findFollowing(rehearsal: Rehearsal): Promise<Rehearsal[]> {
    if (rehearsal.seriesId === null) return [rehearsal];
    return [...this.store.rehearsals.values()]
      .filter((state) => state.seriesId === rehearsal.seriesId && state.startsAt >= rehearsal.startsAt)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((state) => Rehearsal.restore(state));
  }

  async saveAll(rehearsals: readonly Rehearsal[]): Promise<void> {
    for (const rehearsal of rehearsals) this.store.rehearsals.set(rehearsal.id, rehearsal.snapshot());
  }

  async deleteAll(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      this.store.rehearsals.delete(id);
      this.store.answers.delete(`rehearsal/${id}`);
    }
  }
}
