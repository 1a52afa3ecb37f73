import { describe } from '@jest/globals';
import { liveBusContract } from '../../testing/live-bus.contract.js';
import { InMemoryLiveBus, InMemoryLiveChannel } from './in-memory-live-bus.js';

describe('in-memory live bus', () => {
  liveBusContract(async () => {
    const channel = new InMemoryLiveChannel();
    const buses: [InMemoryLiveBus, InMemoryLiveBus] = [new InMemoryLiveBus(channel), new InMemoryLiveBus(channel)];
    for (const bus of buses) await bus.start();
    return { buses, interrupt: async () => channel.interrupt() };
  });
});
