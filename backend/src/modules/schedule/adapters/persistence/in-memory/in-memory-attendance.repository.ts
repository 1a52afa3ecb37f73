import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../../../../shared/domain/domain-error.js';
import { BandAccess } from '../../../../bands/public-api.js';
import type { AnswerView, AttendanceRepository } from '../../../application/ports/attendance.repository.js';
import type { AttendanceAnswer, EventType } from '../../../domain/attendance.js';
import { InMemoryScheduleStore } from './in-memory-schedule.store.js';

@Injectable()
export class InMemoryAttendanceRepository implements AttendanceRepository {
  constructor(
    private readonly store: InMemoryScheduleStore,
    @Inject(BandAccess) private readonly access: BandAccess,
  ) {}

  async answer(
    type: EventType,
    eventIds: readonly string[],
    userId: string,
    answer: AttendanceAnswer,
    at: Date,
  ): Promise<void> {
    for (const eventId of eventIds) {
      const answers = this.store.answersTo(type, eventId);
      const comment = answer.comment === undefined ? (answers.get(userId)?.comment ?? null) : answer.comment;
      answers.set(userId, { userId, status: answer.status, comment, answeredAt: at.toISOString() });
    }
  }

  async answersTo(type: EventType, eventId: string): Promise<AnswerView[]> {
    return [...this.store.answersTo(type, eventId).values()].map((answer) => ({ ...answer }));
  }

  async deleteAllOf(userId: string, bandId: string | null): Promise<void> {
    for (const [key, answers] of this.store.answers) {
      if (bandId === null || this.store.bandOf(key) === bandId) answers.delete(userId);
    }
  }

  async deleteAllOfFormerMembers(): Promise<number> {
    let released = 0;
    for (const [key, answers] of this.store.answers) {
      const bandId = this.store.bandOf(key);
      for (const userId of answers.keys()) {
        if (bandId && (await this.isMember(userId, bandId))) continue;
        answers.delete(userId);
        released++;
      }
    }
    return released;
  }

  private async isMember(userId: string, bandId: string): Promise<boolean> {
    try {
      await this.access.require(userId, bandId, 'member');
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not-found') return false;
      throw error;
    }
  }
}
