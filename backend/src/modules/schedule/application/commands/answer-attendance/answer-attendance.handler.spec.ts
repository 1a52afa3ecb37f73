import { describe, expect, it } from '@jest/globals';
import { MemberLeftBand } from '../../../../bands/public-api.js';
import { EventCancelledError, GigNotFoundError } from '../../../domain/schedule.errors.js';
import {
  AttendanceAnswered,
  RehearsalCancelled,
  RehearsalChanged,
  RehearsalPlanned,
} from '../../../domain/schedule.events.js';
import { scheduleTestKit } from '../../../testing/schedule-test-kit.js';
import { ChangeRehearsalCommand } from '../change-rehearsal/change-rehearsal.command.js';
import { PlanGigCommand } from '../plan-gig/plan-gig.command.js';
import { PlanRehearsalsCommand } from '../plan-rehearsals/plan-rehearsals.command.js';
import { ReleaseFormerMembersCommand } from '../release-former-members/release-former-members.command.js';
import { GetGigQuery } from '../../queries/get-gig/get-gig.query.js';
import { GetRehearsalQuery } from '../../queries/get-rehearsal/get-rehearsal.query.js';
import { AnswerAttendanceCommand } from './answer-attendance.command.js';

function aBand() {
  const kit = scheduleTestKit();
  const [lea, sam, max] = ['Léa', 'Sam', 'Max'].map((name) => kit.bands.person(name)) as [string, string, string];
  const bandId = kit.bands.band({ [lea]: 'admin', [sam]: 'member', [max]: 'member' });
  return { kit, lea, sam, max, bandId };
}

describe('AnswerAttendanceHandler', () => {
  it('keeps one answer per member, the last one given, and shows who has not answered', async () => {
    const { kit, lea, sam, bandId } = aBand();
    const gig = await kit.handlers.planGig.execute(
      new PlanGigCommand(lea, bandId, { title: 'Fête', startsAt: new Date('2027-06-21T18:00:00Z') }),
    );
    await kit.handlers.answer.execute(
      new AnswerAttendanceCommand(sam, 'gig', gig.id, 'maybe', ' Si je trouve ', 'this'),
    );
    kit.clock.advance(60_000);
    kit.events.published.length = 0;
    const answered = await kit.handlers.answer.execute(
      new AnswerAttendanceCommand(sam, 'gig', gig.id, 'yes', null, 'this'),
    );
    expect(answered).toEqual({
      eventIds: [gig.id],
      status: 'yes',
      comment: null,
      answeredAt: kit.clock.now().toISOString(),
    });
    expect(kit.events.published).toEqual([new AttendanceAnswered('gig', gig.id, bandId, sam, 'yes', 1)]);
    expect(JSON.stringify(kit.events.published)).not.toContain('trouve');
    const { attendance } = await kit.handlers.getGig.execute(new GetGigQuery(lea, gig.id));
    expect(attendance.map(({ displayName, status }) => [displayName, status])).toEqual([
      ['Léa', null],
      ['Sam', 'yes'],
      ['Max', null],
    ]);
  });

  it('answers a whole series at once, passing over the dates called off; a cancelled date takes no answer', async () => {
    const { kit, lea, sam, bandId } = aBand();
    const dates = await kit.handlers.planRehearsals.execute(
      new PlanRehearsalsCommand(
        lea,
        bandId,
        { startsAt: new Date('2026-12-02T19:00:00Z') },
        { every: 'week', until: '2026-12-23' },
      ),
    );
    await kit.handlers.changeRehearsal.execute(
      new ChangeRehearsalCommand(lea, dates[2]!.id, { status: 'cancelled' }, 'this'),
    );
    const answered = await kit.handlers.answer.execute(
      new AnswerAttendanceCommand(sam, 'rehearsal', dates[1]!.id, 'no', 'En tournée', 'following'),
    );
    expect(answered.eventIds).toEqual([dates[1]!.id, dates[3]!.id]);
    const [first, cancelled] = [dates[0]!, dates[2]!];
    expect(kit.events.published).toEqual([
      new RehearsalPlanned(first.id, bandId, first.seriesId, 4, new Date(first.startsAt), lea),
      new RehearsalChanged(cancelled.id, bandId, 1, lea),
      new RehearsalCancelled(cancelled.id, bandId, 1, new Date(cancelled.startsAt), lea),
      new AttendanceAnswered('rehearsal', dates[1]!.id, bandId, sam, 'no', 2),
    ]);
    const samSays = async (id: string) =>
      (await kit.handlers.getRehearsal.execute(new GetRehearsalQuery(lea, id))).attendance.find(
        (a) => a.userId === sam,
      )!.status;
    expect(await Promise.all(dates.map((date) => samSays(date.id)))).toEqual([null, 'no', null, 'no']);
    await expect(
      kit.handlers.answer.execute(new AnswerAttendanceCommand(sam, 'rehearsal', dates[2]!.id, 'yes', null, 'this')),
    ).rejects.toThrow(EventCancelledError);
  });

  it('lets a stranger answer nothing, and a former member’s answers go', async () => {
    const { kit, lea, sam, max, bandId } = aBand();
    const stranger = kit.bands.person('Zoé');
    const gig = await kit.handlers.planGig.execute(
      new PlanGigCommand(lea, bandId, { title: 'Fête', startsAt: new Date('2027-06-21T18:00:00Z') }),
    );
    await expect(
      kit.handlers.answer.execute(new AnswerAttendanceCommand(stranger, 'gig', gig.id, 'yes', null, 'this')),
    ).rejects.toThrow(GigNotFoundError);
    for (const userId of [sam, max]) {
      await kit.handlers.answer.execute(new AnswerAttendanceCommand(userId, 'gig', gig.id, 'yes', null, 'this'));
    }
    kit.bands.leave(bandId, sam);
    await kit.handlers.releaseFormerMember.handle(new MemberLeftBand(bandId, sam, sam));
    kit.bands.leave(bandId, max); // the process stopped before the schedule heard of it
    expect(await kit.handlers.releaseFormerMembers.execute(new ReleaseFormerMembersCommand())).toBe(1);
    const { attendance } = await kit.handlers.getGig.execute(new GetGigQuery(lea, gig.id));
    expect(attendance).toEqual([{ userId: lea, displayName: 'Léa', status: null, comment: null, answeredAt: null }]);
  });
});
