export interface KeptBackup {
  readonly name: string;
  readonly takenAt: Date;
}

export interface RetentionRule {
  /** The newest backup of each of this many most recent days that have one is kept... */
  readonly daily: number;
  /** ...and the newest of each of this many most recent weeks (Monday to Sunday) that have one. */
  readonly weekly: number;
}

/**
 * The backups a retention rule lets go, on the server's calendar. Days and weeks are counted among
 * those that have a backup, not back from today: a server left off for a month still keeps its last
 * backups, and the newest backup is always kept.
 */
export function backupsToRemove(backups: readonly KeptBackup[], rule: RetentionRule): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const kept = new Set([
    ...newestOfEach(newestFirst, dayOf, rule.daily),
    ...newestOfEach(newestFirst, weekOf, rule.weekly),
  ]);
  return newestFirst.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name);
}

function newestOfEach(newestFirst: readonly KeptBackup[], period: (at: Date) => string, count: number): string[] {
  const seen = new Map<string, string>();
  for (const backup of newestFirst) {
    const key = period(backup.takenAt);
    if (!seen.has(key)) {
      if (seen.size === count) break;
      seen.set(key, backup.name);
    }
  }
  return [...seen.values()];
}

const dayOf = (at: Date): string => `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`;

/** The Monday that starts the week of `at`, as a day. */
function weekOf(at: Date): string {
  const daysSinceMonday = (at.getDay() + 6) % 7;
  return dayOf(new Date(at.getFullYear(), at.getMonth(), at.getDate() - daysSinceMonday));
}
