import type { AttemptLog } from '../../identity/public-api.js';

/** Stands in for identity's attempt log, for the rate limit of the invitation look-up. */
export class FakeAttemptLog implements AttemptLog {
  private readonly attempts: { kind: string; key: string; at: Date }[] = [];

  async record(kind: string, key: string, at: Date): Promise<void> {
    this.attempts.push({ kind, key, at });
  }

  async window(kind: string, key: string, since: Date) {
    const times = this.attempts.filter((a) => a.kind === kind && a.key === key && a.at > since).map((a) => a.at);
    return { count: times.length, oldest: times.length ? new Date(Math.min(...times.map(Number))) : null };
  }

  async prune(): Promise<void> {}
}
