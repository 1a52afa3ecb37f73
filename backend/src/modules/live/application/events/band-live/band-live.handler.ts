import { Inject } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ProgressChanged } from '../../../../repertoire/public-api.js';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { LIVE_EVENTS, liveNotices, progressNotice } from '../../live-messages.js';
import { LIVE_BUS, type LiveBus } from '../../ports/live-bus.js';
import { SONG_LEVELS, type SongLevels } from '../../ports/song-levels.js';

/**
 * What changed in a band, to every member's devices on every instance (live-messages.ts says which
 * events and how). Runs after the change committed, never called by a command handler.
 */
@EventsHandler(...LIVE_EVENTS, ProgressChanged)
export class BandLiveHandler implements IEventHandler<{ bandId: string }> {
  constructor(
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
    @Inject(SONG_LEVELS) private readonly levels: SongLevels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(event: { bandId: string }): Promise<void> {
    if (event instanceof ProgressChanged) {
      const average = await this.levels.bandAverageLevel(event.memberId, event.bandId, event.songId);
      await this.bus.publish(progressNotice(event, average, this.clock.now()));
      return;
    }
    for (const notice of liveNotices(event, this.clock.now())) await this.bus.publish(notice);
  }
}
