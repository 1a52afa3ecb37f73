import { Inject } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { MemberLeftBand } from '../../../../bands/public-api.js';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { memberLeftNotices } from '../../live-messages.js';
import { LIVE_BUS, type LiveBus } from '../../ports/live-bus.js';

/** Who hears a band changes with its members, on every instance at once; runs after the commit. */
@EventsHandler(MemberLeftBand)
export class MembershipLiveHandler implements IEventHandler<MemberLeftBand> {
  constructor(
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(event: MemberLeftBand): Promise<void> {
    for (const notice of memberLeftNotices(event, this.clock.now())) await this.bus.publish(notice);
  }
}
