import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventBus, type IEventHandler } from '@nestjs/cqrs';
import { UNIT_OF_WORK, type UnitOfWork } from '../application/unit-of-work.js';

/** Where @EventsHandler() keeps its events (@nestjs/cqrs exports no name for it). */
const EVENTS_HANDLER_METADATA = '__eventsHandler__';

/**
 * Every domain event goes out through the EventBus's publisher, which this holds back, inside a unit
 * of work, until the outermost unit commits (UnitOfWork.afterCommit): the import, many commands in one
 * transaction, announces nothing it may yet roll back, and every event handler (live messages, the
 * activity log) reads committed rows. Outside a unit of work an event goes out at once, as before.
 *
 * The app waits, before it closes its database, for the handlers still at work: an operator command
 * ends right after its last commit, with all of its events just published.
 */
@Injectable()
export class EventsAfterCommit implements OnModuleInit, BeforeApplicationShutdown {
  private readonly handling = new Set<Promise<unknown>>();

  constructor(
    private readonly events: EventBus,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    const publisher = this.events.publisher;
    this.events.publisher = {
      publish: (event, ...context) => this.unitOfWork.afterCommit(() => publisher.publish(event, ...context)),
    };
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !Reflect.hasMetadata(EVENTS_HANDLER_METADATA, wrapper.metatype)) continue;
      const handler = wrapper.instance as IEventHandler;
      const handle = handler.handle.bind(handler);
      handler.handle = (event) => this.tracked(handle(event));
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.handling);
  }

  private tracked(result: unknown): unknown {
    if (!(result instanceof Promise)) return result;
    this.handling.add(result);
    void result.finally(() => this.handling.delete(result)).catch(() => undefined);
    return result;
  }
}
