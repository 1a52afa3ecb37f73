import { Inject } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { AccountDeleted, PasswordChanged, SignedOut } from '../../../../identity/public-api.js';
import { LIVE_BUS, type LiveBus } from '../../ports/live-bus.js';

/**
 * A revoked session closes its sockets on every instance. Each instance asks identity which of the
 * user's sockets' sessions still hold (a password change keeps the device that made it).
 */
@EventsHandler(SignedOut, PasswordChanged, AccountDeleted)
export class SessionsLiveHandler implements IEventHandler<SignedOut | PasswordChanged | AccountDeleted> {
  constructor(@Inject(LIVE_BUS) private readonly bus: LiveBus) {}

  async handle(event: SignedOut | PasswordChanged | AccountDeleted): Promise<void> {
    await this.bus.publish({ kind: 'sessions', userId: event.userId });
  }
}
