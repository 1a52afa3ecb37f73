import { Inject, Logger } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { AttendanceAnswered } from '../../../../schedule/public-api.js';
import type { ActivityEntry } from '../../../domain/activity-entry.js';
import { ACTIVITY_REPOSITORY, type ActivityRepository } from '../../ports/activity.repository.js';
import { SCHEDULED_EVENTS, type ScheduledEvents } from '../../ports/scheduled-events.js';
import { activityOf, LOGGED_EVENTS, type LoggedEvent } from './activity-of.js';

/**
 * Writes the log's line for what a member did, once the action committed (the events are published
 * after it). An answer's line names its event by asking the schedule. A line that cannot be written
 * is logged, never thrown back: the action itself stands.
 */
@EventsHandler(...LOGGED_EVENTS, AttendanceAnswered)
export class RecordActivityHandler implements IEventHandler<LoggedEvent | AttendanceAnswered> {
  private readonly logger = new Logger('Activity');

  constructor(
    @Inject(ACTIVITY_REPOSITORY) private readonly activity: ActivityRepository,
    @Inject(SCHEDULED_EVENTS) private readonly schedule: ScheduledEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(event: LoggedEvent | AttendanceAnswered): Promise<void> {
    try {
      const line = event instanceof AttendanceAnswered ? await this.answerLine(event) : activityOf(event);
      if (line) await this.activity.record({ id: newId(), at: this.clock.now(), ...line });
    } catch (error) {
      this.logger.warn({ msg: 'Activity not recorded', event: event.constructor.name, error: String(error) });
    }
  }

  private async answerLine(event: AttendanceAnswered): Promise<Omit<ActivityEntry, 'id' | 'at'> | null> {
    const answered = await this.schedule.find(event.userId, event.type, event.id);
    if (!answered) return null;
    return {
      bandId: event.bandId,
      actorId: event.actorId,
      type: 'attendance.answered',
      subject: { type: event.type, id: event.id, title: answered.title, startsAt: answered.startsAt },
      detail: event.status,
      count: event.type === 'rehearsal' ? event.dates : null,
    };
  }
}
