import { describe, expect, it } from '@jest/globals';
import { backupsToRemove, type KeptBackup } from './backup-retention.js';

/** A backup taken on that day of December 2026 (local time): the 7th is a Monday. */
const on = (day: number, hour = 3, month = 11): KeptBackup => ({
  name: `${month + 1}-${day}T${hour}`,
  takenAt: new Date(2026, month, day, hour),
});

describe('backupsToRemove', () => {
  it('keeps the newest of each of the last 7 days and of the last 4 weeks from 40 nightly backups', () => {
    // Nightly from Sunday 22 November to Thursday 31 December.
    const nightly = Array.from({ length: 40 }, (_, index) => {
      const at = new Date(2026, 10, 22 + index, 3);
      return { name: at.toDateString(), takenAt: at };
    });
    const removed = new Set(backupsToRemove(nightly, { daily: 7, weekly: 4 }));
    const kept = nightly.filter((backup) => !removed.has(backup.name)).map((backup) => backup.name);
    expect(kept).toEqual([
      'Sun Dec 13 2026', // the newest of the week of 7 December
      'Sun Dec 20 2026', // of the week of 14 December
      'Fri Dec 25 2026', // the last 7 days, 25 to 31 December, whose Sunday 27 ends the week of 21 December
      'Sat Dec 26 2026',
      'Sun Dec 27 2026',
      'Mon Dec 28 2026',
      'Tue Dec 29 2026',
      'Wed Dec 30 2026',
      'Thu Dec 31 2026', // also the newest of this week
    ]);
  });

  it('keeps only the newest backup of a day', () => {
    const day = [on(2, 3), on(2, 10), on(2, 18)];
    expect(backupsToRemove(day, { daily: 7, weekly: 4 }).sort()).toEqual(['12-2T10', '12-2T3']);
  });

  it('counts days that have a backup, so a server left off keeps its last ones', () => {
    const old = [on(1, 3, 0), on(2, 3, 0), on(3, 3, 0)]; // January, nothing since
    expect(backupsToRemove(old, { daily: 2, weekly: 0 })).toEqual(['1-1T3']);
  });

  it('keeps nothing twice and removes nothing when there are few', () => {
    expect(backupsToRemove([on(7)], { daily: 7, weekly: 4 })).toEqual([]);
    expect(backupsToRemove([], { daily: 7, weekly: 4 })).toEqual([]);
  });
});
