import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PeriodicJobRunner } from '../../backend/src/shared/jobs/periodic-job-runner.js';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { type BrowserSession, signIn, SMALL_PHONE, startBrowserSession } from '../support/browser.js';

// A band admin reads, on a 360 px phone, the result of the nightly backup the app took (its job runner
// ticked once); a plain member of the band sees no backup section at all.
let session: BrowserSession;
let backupDir: string;
let admin: Person;
let member: Person;

beforeAll(async () => {
  backupDir = await mkdtemp(join(resolve('.test-data'), 'backup-view-'));
  session = await startBrowserSession({ locale: 'fr-FR', env: { BACKUP_DIR: backupDir, BACKUP_TIME: '00:00' } });
  const people = new BandFixture(session.app.baseUrl);
  admin = await people.person('Léa');
  member = await people.person('Sam');
  await people.band(admin, [[member, 'member']], 'Les Baguettes Folles');
  await session.app.app.get(PeriodicJobRunner).tick();
});
afterAll(async () => {
  await session?.close();
  await rm(backupDir, { recursive: true, force: true });
});

async function openSettings(person: Person): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  await signIn(page, person.username, 'correct horse');
  await page.goto('/settings');
  await page.locator('[data-testid=band-section]').waitFor();
  return page;
}

describe('the backups section of the settings, in Chromium', () => {
  it('shows an admin the last backup, on their own clock, with the file kept', async () => {
    const { body } = await admin.get('/api/operations/backup');
    const [file] = body.backups;
    const page = await openSettings(admin);
    const lastRun = page.locator('[data-testid=backup-last-run]');
    await lastRun.waitFor();

    expect(await lastRun.innerText()).toContain('Dernière sauvegarde réussie le');
    expect(await lastRun.locator('time').getAttribute('datetime')).toBe(body.lastRun.startedAt);
    const localTime = await page.evaluate(
      (iso) => new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso)),
      file.takenAt,
    );
    const kept = await page.locator('[data-testid=backup-files] li').allInnerTexts();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toContain(file.name);
    expect(kept[0]).toContain(localTime);
    expect(await page.locator('[data-testid=backup-rule]').innerText()).toContain('7 derniers jours');
    expect(await page.locator('[data-testid=backup-status]').innerText()).toContain('npm run restore -- FICHIER');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a member who is admin of no band nothing of the backups', async () => {
    const page = await openSettings(member);
    await page.locator('[data-testid=calendar-feed]').waitFor();
    expect(await page.locator('[data-testid=backup-status]').count()).toBe(0);
    await page.close();
  });
});
