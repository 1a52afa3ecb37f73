import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../config/app-config.js';
import { FixedClock } from '../../../shared/testing/fixed-clock.js';
import { InMemoryBackupArchives } from '../adapters/archives/in-memory-backup-archives.js';
import { NightlyBackupJob } from './nightly-backup.job.js';

describe('NightlyBackupJob', () => {
  it('after 40 nights keeps exactly the newest of the last 3 days and of the last 2 weeks', async () => {
    const archives = new InMemoryBackupArchives();
    // Sunday 22 November 2026, 03:00 on the server clock, then every night (days are the server's).
    const clock = new FixedClock(new Date(2026, 10, 22, 3));
    const config = loadConfig({ BACKUP_TIME: '03:00', BACKUP_KEEP_DAILY: '3', BACKUP_KEEP_WEEKLY: '2' });
    const job = new NightlyBackupJob(archives, clock, config);
    expect(job.schedule).toEqual({ dailyAt: '03:00' });
    let message = '';
    for (let night = 0; night < 40; night++) {
      message = await job.run({ periodStart: clock.now(), signal: new AbortController().signal });
      clock.setTo(new Date(2026, 10, 23 + night, 3));
    }
    expect(message).toMatch(/^bandtrack-\d{8}T\d{6}Z\.ndjson\.gz \(0 bytes\); 1 older removed$/);
    expect((await archives.list()).map((file) => `${file.takenAt.getMonth() + 1}/${file.takenAt.getDate()}`)).toEqual([
      '12/31', // the last 3 days, and the newest of this week
      '12/30',
      '12/29',
      '12/27', // the newest of the week before (Sunday)
    ]);
  });
});
