import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { RehearsalNotFoundError } from '../../../domain/schedule.errors.js';
import { RehearsalChanged, RehearsalRemoved } from '../../../domain/schedule.events.js';
import { scheduleTestKit } from '../../../testing/schedule-test-kit.js';
import { GetRehearsalQuery } from '../../queries/get-rehearsal/get-rehearsal.query.js';
import { PlanRehearsalsCommand } from '../plan-rehearsals/plan-rehearsals.command.js';
import { RemoveRehearsalCommand } from '../remove-rehearsal/remove-rehearsal.command.js';
import { ChangeRehearsalCommand } from './change-rehearsal.command.js';

/** A weekly series on Wednesdays 20:00–22:30 in Paris, from March 10 to April 7 2027 (DST changes March 28). */
async function aSeries() {
  const kit = scheduleTestKit();
  const [lea, sam] = ['Léa', 'Sam'].map((name) => kit.bands.person(name)) as [string, string];
  const bandId = kit.bands.band({ [lea]: 'manager', [sam]: 'member' });
  const dates = await kit.handlers.planRehearsals.execute(
    new PlanRehearsalsCommand(
      lea,
      bandId,
      { startsAt: new Date('2027-03-10T19:00:00Z'), endsAt: new Date('2027-03-10T21:30:00Z') },
      { every: 'week', until: '2027-04-07' },
    ),
  );
  const paris = (iso: string | null) => iso && DateTime.fromISO(iso, { zone: 'Europe/Paris' }).toFormat('dd HH:mm');
  const times = async () => {
    const left: string[] = [];
    for (const { id } of dates) {
      try {
        const date = await kit.handlers.getRehearsal.execute(new GetRehearsalQuery(lea, id));
        left.push(`${paris(date.startsAt)}–${paris(date.endsAt)!.slice(3)}`);
      } catch (error) {
        if (!(error instanceof RehearsalNotFoundError)) throw error;
      }
    }
    return left;
  };
  return { kit, lea, sam, bandId, dates, times };
}

describe('ChangeRehearsalHandler and RemoveRehearsalHandler', () => {
  it('moves one date alone, or it and the following ones by the same wall-clock shift across DST, keeping their length', async () => {
    const { kit, lea, bandId, dates, times } = await aSeries();
    kit.events.published.length = 0;
    await kit.handlers.changeRehearsal.execute(
      new ChangeRehearsalCommand(
        lea,
        dates[0]!.id,
        { location: 'Chez Sam', startsAt: new Date('2027-03-10T18:00:00Z') },
        'this',
      ),
    );
    await kit.handlers.changeRehearsal.execute(
      new ChangeRehearsalCommand(lea, dates[2]!.id, { startsAt: new Date('2027-03-24T19:30:00Z') }, 'following'),
    );
    expect(await times()).toEqual([
      '10 19:00–21:30',
      '17 20:00–22:30',
      '24 20:30–23:00',
      '31 20:30–23:00',
      '07 20:30–23:00',
    ]);
    const first = await kit.handlers.getRehearsal.execute(new GetRehearsalQuery(lea, dates[0]!.id));
    const second = await kit.handlers.getRehearsal.execute(new GetRehearsalQuery(lea, dates[1]!.id));
    expect([first.location, second.location]).toEqual(['Chez Sam', null]);
    expect(kit.events.published).toEqual([
      new RehearsalChanged(dates[0]!.id, bandId, 1, lea),
      new RehearsalChanged(dates[2]!.id, bandId, 3, lea),
    ]);
  });

  it('cancels one date or removes it with the following ones, and only a manager may', async () => {
    const { kit, lea, sam, bandId, dates, times } = await aSeries();
    await expect(
      kit.handlers.changeRehearsal.execute(
        new ChangeRehearsalCommand(sam, dates[1]!.id, { status: 'cancelled' }, 'this'),
      ),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(
      kit.handlers.removeRehearsal.execute(new RemoveRehearsalCommand(sam, dates[1]!.id, 'following')),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await kit.handlers.changeRehearsal.execute(
      new ChangeRehearsalCommand(lea, dates[1]!.id, { status: 'cancelled' }, 'this'),
    );
    const statuses = async (ids: readonly { id: string }[]) =>
      Promise.all(
        ids.map(async ({ id }) => (await kit.handlers.getRehearsal.execute(new GetRehearsalQuery(lea, id))).status),
      );
    expect(await statuses(dates.slice(0, 3))).toEqual(['planned', 'cancelled', 'planned']);
    kit.events.published.length = 0;
    await kit.handlers.removeRehearsal.execute(new RemoveRehearsalCommand(lea, dates[3]!.id, 'following'));
    expect(await times()).toHaveLength(3);
    const removed = dates[3]!;
    expect(kit.events.published).toEqual([
      new RehearsalRemoved(removed.id, bandId, 2, new Date(removed.startsAt), lea),
    ]);
    await kit.handlers.removeRehearsal.execute(new RemoveRehearsalCommand(lea, dates[0]!.id, 'this'));
    expect(await times()).toEqual(['17 20:00–22:30', '24 20:00–22:30']);
  });
});
