import { describe, expect, it } from '@jest/globals';
import { EndBeforeStartError, GigNotFoundError } from '../../../domain/schedule.errors.js';
import { GigCancelled, GigChanged, GigPlanned, GigRemoved } from '../../../domain/schedule.events.js';
import { scheduleTestKit } from '../../../testing/schedule-test-kit.js';
import { GetGigQuery } from '../../queries/get-gig/get-gig.query.js';
import { PlanGigCommand } from '../plan-gig/plan-gig.command.js';
import { RemoveGigCommand } from '../remove-gig/remove-gig.command.js';
import { ChangeGigCommand } from './change-gig.command.js';

async function aGig() {
  const kit = scheduleTestKit();
  const [lea, sam] = ['Léa', 'Sam'].map((name) => kit.bands.person(name)) as [string, string];
  const bandId = kit.bands.band({ [lea]: 'manager', [sam]: 'member' });
  const gig = await kit.handlers.planGig.execute(
    new PlanGigCommand(lea, bandId, {
      title: 'Fête de la musique',
      startsAt: new Date('2027-06-21T20:00:00Z'),
      endsAt: new Date('2027-06-21T23:30:00Z'),
      feeCents: 30_000,
    }),
  );
  return { kit, lea, sam, bandId, gig };
}

describe('ChangeGigHandler and RemoveGigHandler', () => {
  it('changes only the fields given and answers the whole gig', async () => {
    const { kit, lea, bandId, gig } = await aGig();
    const changed = await kit.handlers.changeGig.execute(
      new ChangeGigCommand(lea, gig.id, { status: 'confirmed', location: 'Place du marché' }),
    );
    const startsAt = new Date('2027-06-21T20:00:00Z');
    expect(kit.events.published).toEqual([
      new GigPlanned(gig.id, bandId, lea, 'Fête de la musique', startsAt),
      new GigChanged(gig.id, bandId, lea),
    ]);
    expect(changed).toMatchObject({
      title: 'Fête de la musique',
      status: 'confirmed',
      location: 'Place du marché',
      feeCents: 30_000,
      currency: 'EUR',
      endsAt: '2027-06-21T23:30:00.000Z',
      timeZone: 'Europe/Paris',
    });
    expect(await kit.handlers.getGig.execute(new GetGigQuery(lea, gig.id))).toEqual(changed);
  });

  it('refuses an end before the start and keeps the gig as it was', async () => {
    const { kit, lea, gig } = await aGig();
    await expect(
      kit.handlers.changeGig.execute(
        new ChangeGigCommand(lea, gig.id, { title: 'Autre', startsAt: new Date('2027-06-22T01:00:00Z') }),
      ),
    ).rejects.toThrow(EndBeforeStartError);
    expect(await kit.handlers.getGig.execute(new GetGigQuery(lea, gig.id))).toEqual(gig);
    expect(kit.events.published).toHaveLength(1);
  });

  it('says who called it off and who removed it, with its title and date', async () => {
    const { kit, lea, bandId, gig } = await aGig();
    kit.events.published.length = 0;
    await kit.handlers.changeGig.execute(new ChangeGigCommand(lea, gig.id, { status: 'cancelled', title: 'Fête' }));
    await kit.handlers.changeGig.execute(new ChangeGigCommand(lea, gig.id, { notes: 'Reportée' }));
    await kit.handlers.removeGig.execute(new RemoveGigCommand(lea, gig.id));
    const startsAt = new Date('2027-06-21T20:00:00Z');
    expect(kit.events.published).toEqual([
      new GigChanged(gig.id, bandId, lea),
      new GigCancelled(gig.id, bandId, lea, 'Fête', startsAt),
      new GigChanged(gig.id, bandId, lea),
      new GigRemoved(gig.id, bandId, lea, 'Fête', startsAt),
    ]);
  });

  it('lets only a manager change or remove it; removed, it is gone for everybody', async () => {
    const { kit, lea, sam, gig } = await aGig();
    kit.events.published.length = 0;
    await expect(
      kit.handlers.changeGig.execute(new ChangeGigCommand(sam, gig.id, { status: 'cancelled' })),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(kit.handlers.removeGig.execute(new RemoveGigCommand(sam, gig.id))).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await kit.handlers.removeGig.execute(new RemoveGigCommand(lea, gig.id));
    for (const viewer of [lea, sam]) {
      await expect(kit.handlers.getGig.execute(new GetGigQuery(viewer, gig.id))).rejects.toThrow(GigNotFoundError);
    }
    expect(kit.events.published.map((event) => event.constructor)).toEqual([GigRemoved]);
  });
});
