import type { EventBus } from '@nestjs/cqrs';

/** Stands in for the EventBus in handler tests and keeps what was published. */
export class RecordingEventBus {
  readonly published: object[] = [];

  publishAll(events: object[]): void {
    this.published.push(...events);
  }

  asEventBus(): EventBus {
    return this as unknown as EventBus;
  }
}
