import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { attendanceAnswer } from '../../../domain/attendance.js';
import { EventCancelledError } from '../../../domain/schedule.errors.js';
import { AttendanceAnswered } from '../../../domain/schedule.events.js';
import { GigLoader } from '../../gig-loader.js';
import { ATTENDANCE_REPOSITORY, type AttendanceRepository } from '../../ports/attendance.repository.js';
import { RehearsalLoader } from '../../rehearsal-loader.js';
import { AnswerAttendanceCommand, type AnsweredView } from './answer-attendance.command.js';

@CommandHandler(AnswerAttendanceCommand)
export class AnswerAttendanceHandler implements ICommandHandler<AnswerAttendanceCommand> {
  constructor(
    private readonly gigs: GigLoader,
    private readonly rehearsals: RehearsalLoader,
    @Inject(ATTENDANCE_REPOSITORY) private readonly attendance: AttendanceRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: AnswerAttendanceCommand): Promise<AnsweredView> {
    const answer = attendanceAnswer(command.status, command.comment);
    const { bandId, eventIds } = await this.eventsAnswered(command);
    const at = this.clock.now();
    await this.attendance.answer(command.type, eventIds, command.userId, answer, at);
    // An answer is a value kept per member and event: no aggregate records this one.
    this.events.publishAll([
      new AttendanceAnswered(command.type, eventIds[0]!, bandId, command.userId, answer.status, eventIds.length),
    ]);
    const comment = answer.comment === undefined ? await this.keptComment(command, eventIds[0]!) : answer.comment;
    return { eventIds, status: answer.status, comment, answeredAt: at.toISOString() };
  }

  /** The comment an answer without one left in place, on the event addressed. */
  private async keptComment({ type, userId }: AnswerAttendanceCommand, eventId: string): Promise<string | null> {
    const answers = await this.attendance.answersTo(type, eventId);
    return answers.find((answer) => answer.userId === userId)?.comment ?? null;
  }

  /** The event addressed must be on; the later dates of a series that are called off are passed over. */
  private async eventsAnswered({
    userId,
    type,
    eventId,
    scope,
  }: AnswerAttendanceCommand): Promise<{ bandId: string; eventIds: string[] }> {
    if (type === 'gig') {
      const gig = await this.gigs.load(userId, eventId, 'member');
      if (gig.status === 'cancelled') throw new EventCancelledError();
      return { bandId: gig.bandId, eventIds: [gig.id] };
    }
    const [first, ...later] = await this.rehearsals.loadScope(userId, eventId, 'member', scope);
    if (first!.status === 'cancelled') throw new EventCancelledError();
    const answered = [first!, ...later.filter((date) => date.status !== 'cancelled')];
    return { bandId: first!.bandId, eventIds: answered.map((date) => date.id) };
  }
}
