import { Injectable } from '@nestjs/common';
import type { AttemptKind, AttemptLog, AttemptWindow } from '../../../application/ports/attempt-log.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';

@Injectable()
export class InMemoryAttemptLog implements AttemptLog {
  constructor(private readonly store: InMemoryIdentityStore) {}

  async record(kind: AttemptKind, key: string, at: Date): Promise<void> {
    this.store.attempts.push({ kind, key, at });
  }

  async window(kind: AttemptKind, key: string, since: Date): Promise<AttemptWindow> {
    const inWindow = this.store.attempts.filter((a) => a.kind === kind && a.key === key && a.at > since);
    const oldest = inWindow.reduce<Date | null>((min, a) => (min === null || a.at < min ? a.at : min), null);
    return { count: inWindow.length, oldest };
  }

  async prune(before: Date): Promise<void> {
    const kept = this.store.attempts.filter((attempt) => attempt.at >= before);
    this.store.attempts.splice(0, this.store.attempts.length, ...kept);
  }
}
