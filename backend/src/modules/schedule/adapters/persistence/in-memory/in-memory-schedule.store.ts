import { Injectable } from '@nestjs/common';
import type { EventType } from '../../../domain/attendance.js';
import type { GigState } from '../../../domain/gig.js';
import type { RehearsalState } from '../../../domain/rehearsal.js';
import type { AnswerView } from '../../../application/ports/attendance.repository.js';

/** The schedule context's tables, in memory, shared by its in-memory adapters. */
@Injectable()
export class InMemoryScheduleStore {
  readonly gigs = new Map<string, GigState>();
  readonly rehearsals = new Map<string, RehearsalState>();
  /** `type/eventId` → member id → answer */
  readonly answers = new Map<string, Map<string, AnswerView>>();

  answersTo(type: EventType, eventId: string): Map<string, AnswerView> {
    const key = `${type}/${eventId}`;
    let answers = this.answers.get(key);
    if (!answers) this.answers.set(key, (answers = new Map()));
    return answers;
  }

  /** The band of an answered event, or undefined once the event is gone. */
  bandOf(key: string): string | undefined {
    const [type, id] = key.split('/') as [EventType, string];
    return (type === 'gig' ? this.gigs : this.rehearsals).get(id)?.bandId;
  }
}
