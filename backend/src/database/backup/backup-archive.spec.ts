import { describe, expect, it } from '@jest/globals';
import { backupFileName, backupTakenAt } from './backup-archive.js';

describe('backup file names', () => {
  it('name the UTC second a backup was taken, so that they sort by age, and read back', () => {
    const takenAt = new Date('2026-12-02T03:00:07.123Z');
    expect(backupFileName(takenAt)).toBe('bandtrack-20261202T030007Z.ndjson.gz');
    expect(backupTakenAt('bandtrack-20261202T030007Z.ndjson.gz')).toEqual(new Date('2026-12-02T03:00:07Z'));
  });

  it('say nothing of other files', () => {
    for (const name of [
      'bandtrack-20261202T030007Z.dump',
      'notes.txt',
      'bandtrack-20261202T030007Z.ndjson.gz.1a2b.partial',
    ]) {
      expect(backupTakenAt(name)).toBeUndefined();
    }
  });
});
