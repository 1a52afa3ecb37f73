import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { Rehearsal } from '../../../domain/rehearsal.js';
import { seriesStarts } from '../../../domain/series.js';
import { shiftedOnWallClock, wallClockMinutes } from '../../../domain/wall-clock.js';
import { REHEARSAL_REPOSITORY, type RehearsalRepository } from '../../ports/rehearsal.repository.js';
import { RehearsalLoader } from '../../rehearsal-loader.js';
import type { RehearsalView } from '../../rehearsal-view.js';
import { PlanRehearsalsCommand } from './plan-rehearsals.command.js';

@CommandHandler(PlanRehearsalsCommand)
export class PlanRehearsalsHandler implements ICommandHandler<PlanRehearsalsCommand> {
  constructor(
    @Inject(REHEARSAL_REPOSITORY) private readonly rehearsals: RehearsalRepository,
    private readonly loader: RehearsalLoader,
    private readonly access: BandAccess,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute({ userId, bandId, fields, repeat }: PlanRehearsalsCommand): Promise<RehearsalView[]> {
    await this.access.require(userId, bandId, 'manager');
    const now = this.clock.now();
    // The first date is checked whole before any series is worked out from it.
    const first = Rehearsal.plan({ id: newId(), bandId, seriesId: null, now, ...fields });
    await this.loader.checkSongs(userId, bandId, fields.songIds);
    let dates = [first];
    if (repeat) {
      const timeZone = await this.loader.timeZoneOf(userId, bandId);
      const length = fields.endsAt ? wallClockMinutes(fields.startsAt, fields.endsAt, timeZone) : null;
      const seriesId = newId();
      dates = seriesStarts(fields.startsAt, repeat, timeZone).map((startsAt) =>
        Rehearsal.plan({
          ...fields,
          id: newId(),
          bandId,
          seriesId,
          now,
          startsAt,
          endsAt: length === null ? null : shiftedOnWallClock(startsAt, length, timeZone),
        }),
      );
    }
    Rehearsal.planned(dates, userId);
    await this.rehearsals.saveAll(dates);
    this.events.publishAll(dates[0]!.pullEvents());
    return this.loader.viewsOfNew(userId, bandId, dates);
  }
}
