import { Injectable } from '@nestjs/common';
import { newId } from '../../../../../shared/application/ids.js';
import type { AttemptKind, AttemptLog, AttemptWindow } from '../../../application/ports/attempt-log.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';

@Injectable()
export class InMemoryAttemptLog implements AttemptLog {
  constructor(private readonly store: InMemoryIdentityStore) {}

  async record(kind: AttemptKind, key: string, at: Date): Promise<void> {
    this.store.attempts.set(newId(), { kind, key, at });
  }

  async window(kind: AttemptKind, key: string, since: Date): Promise<AttemptWindow> {
    const inWindow = [...this.store.attempts.values()].filter((a) => a.kind === kind && a.key === key && a.at > since);
    const oldest = inWindow.reduce<Date | null>((min, a) => (min === null || a.at < min ? a.at : min), null);
    return { count: inWindow.length, oldest };
  }

  async prune(before: Date): Promise<void> {
    for (const [id, attempt] of this.store.attempts) {
      if (attempt.at < before) this.store.attempts.delete(id);
    }
  }
}
