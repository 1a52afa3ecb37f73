import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PeriodicJobRunner } from '../../backend/src/shared/jobs/periodic-job-runner.js';
import { ApiClient } from '../support/api-client.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The nightly backup run by the app itself, and GET /api/operations/backup, which shows it to band admins.
let testApp: TestApp;
let backupDir: string;
let admin: Person;
let member: Person;

beforeAll(async () => {
  backupDir = await mkdtemp(join(resolve('.test-data'), 'nightly-'));
  testApp = await startTestApp({ BACKUP_DIR: backupDir, BACKUP_TIME: '00:00' });
  const fixture = new BandFixture(testApp.baseUrl);
  admin = await fixture.person('Admin');
  member = await fixture.person('Member');
  await fixture.band(admin, [[member, 'member']]);
});

afterAll(async () => {
  await testApp.close();
  await rm(backupDir, { recursive: true, force: true });
});

describe('GET /api/operations/backup', () => {
  it('is for band admins only', async () => {
    expect((await new ApiClient(testApp.baseUrl).get('/api/operations/backup')).status).toBe(401);
    const refused = await member.get('/api/operations/backup');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('OPERATIONS.ADMINS_ONLY');
  });

  it('shows the rule and no run before the first night', async () => {
    const status = await admin.get('/api/operations/backup');
    expect(status.status).toBe(200);
    expect(status.body).toEqual({ dailyAt: '00:00', keepDaily: 7, keepWeekly: 4, lastRun: null, backups: [] });
  });

  it('shows the nightly backup the app took, once for the night however often it ticks', async () => {
    const runner = testApp.app.get(PeriodicJobRunner);
    await runner.tick();
    await runner.tick();
    const files = await readdir(backupDir);
    expect(files).toHaveLength(1);
    const status = await admin.get('/api/operations/backup');
    expect(status.body.lastRun).toEqual({
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
      outcome: 'succeeded',
      message: expect.stringMatching(
        new RegExp(`^${files[0]!.replace(/\./g, '\\.')} \\(\\d+ bytes\\); 0 older removed$`),
      ),
    });
    expect(status.body.backups).toEqual([{ name: files[0], takenAt: expect.any(String), bytes: expect.any(Number) }]);
  });
});
