import { Inject } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import {
  ProgressChanged,
  SongAdded,
  SongChanged,
  SongDemoted,
  SongPromoted,
  SongRemoved,
  SuggestionEdited,
  SuggestionProposed,
  SuggestionWithdrawn,
  VoteChanged,
} from '../../../../repertoire/public-api.js';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { progressNotice, type RepertoireLiveEvent, repertoireNotices } from '../../live-messages.js';
import { LIVE_BUS, type LiveBus } from '../../ports/live-bus.js';
import { SONG_LEVELS, type SongLevels } from '../../ports/song-levels.js';

/** The repertoire's changes, to every member's devices; runs after the change committed. */
@EventsHandler(
  SuggestionProposed,
  SuggestionEdited,
  SuggestionWithdrawn,
  VoteChanged,
  SongAdded,
  SongPromoted,
  SongChanged,
  SongDemoted,
  SongRemoved,
  ProgressChanged,
)
export class RepertoireLiveHandler implements IEventHandler<RepertoireLiveEvent | ProgressChanged> {
  constructor(
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
    @Inject(SONG_LEVELS) private readonly levels: SongLevels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(event: RepertoireLiveEvent | ProgressChanged): Promise<void> {
    if (event instanceof ProgressChanged) {
      const average = await this.levels.bandAverageLevel(event.memberId, event.bandId, event.songId);
      await this.bus.publish(progressNotice(event, average, this.clock.now()));
      return;
    }
    for (const notice of repertoireNotices(event, this.clock.now())) await this.bus.publish(notice);
  }
}
