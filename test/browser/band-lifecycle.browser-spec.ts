import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, PERSON_PASSWORD, type Person } from '../support/band-fixture.js';
import {
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  signIn,
  signOut,
  SMALL_PHONE,
  startBrowserSession,
  untilRendered,
} from '../support/browser.js';

// Losing a band while the app is open (removed by an admin, or the band deleted), deleting a band,
// and the last member leaving one. The people and bands are made through the API; the member whose
// app is watched uses the session's Chromium, an admin who acts in the app a second Chromium.
let session: BrowserSession;
let other: ExtraBrowser;
let fixture: BandFixture;
let page: Page;
let adminPage: Page;

const lostNotice = (on: Page) => on.locator('[data-testid=band-lost]');

/** Its public look-up answers as long as the band exists, whoever asks. */
async function inviteLookupStatus(asker: Person, inviteCode: string): Promise<number> {
  return (await asker.get(`/api/invites/${inviteCode}`)).status;
}

async function inviteCodeOf(admin: Person, bandId: string): Promise<string> {
  const band = await admin.get(`/api/bands/${bandId}`);
  expect(band.status).toBe(200);
  return band.body.inviteCode;
}

/** The band the shell shows as active: a switcher with two bands or more, its name with one. */
async function expectActiveBand(on: Page, bandName: string): Promise<void> {
  await on.waitForFunction((name) => {
    const shown =
      document.querySelector('[data-testid=band-switcher] option:checked') ??
      document.querySelector('[data-testid=active-band-name]');
    return shown?.textContent?.trim() === name;
  }, bandName);
}

/** Where the member stands: the lost-band notice names the band, read out as an alert. */
async function expectLostNotice(on: Page, bandName: string): Promise<void> {
  const notice = lostNotice(on);
  await notice.waitFor();
  expect(await notice.textContent()).toContain(`Vous n'êtes plus membre de «\u00a0${bandName}\u00a0»`);
  expect(await notice.evaluate((element) => element.closest('[role=alert]') !== null)).toBe(true);
  expect(await axeViolations(on)).toEqual([]);
}

/** Alice's band with the member in it, active for them, and a band of their own beside it. */
async function memberOfTwoBands(memberName: string, bandName: string, ownBandName: string) {
  const admin = await fixture.person('Alice');
  const member = await fixture.person(memberName);
  const bandId = await fixture.band(admin, [[member, 'member']], bandName);
  await member.post('/api/bands', { name: ownBandName });
  expect((await member.put('/api/me/active-band', { bandId })).status).toBe(200);
  return { admin, member, bandId };
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  other = await openExtraBrowser(session, { locale: 'fr-FR' });
  fixture = new BandFixture(session.app.baseUrl);
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  adminPage = await other.context.newPage();
  await adminPage.setViewportSize(SMALL_PHONE);
});
afterAll(async () => {
  await other?.close();
  await session?.close();
});

describe('a member who loses the band they have open', () => {
  it('removed by an admin, is told so on the next start and moved to their other band', async () => {
    const { admin, member: lea, bandId } = await memberOfTwoBands('Léa', 'Les Rythmes du Jeudi', 'Duo de Léa');

    await signIn(page, lea.username, PERSON_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await expectActiveBand(page, 'Les Rythmes du Jeudi');

    expect((await admin.delete(`/api/bands/${bandId}/members/${lea.id}`)).status).toBe(204);
    await page.reload();
    await expectLostNotice(page, 'Les Rythmes du Jeudi');
    await expectActiveBand(page, 'Duo de Léa');

    await page.click('[data-testid=band-lost] button');
    await lostNotice(page).waitFor({ state: 'detached' });
    await signOut(page);
  });

  it('removed from their only band, is told so after a reload and sent to the onboarding', async () => {
    const admin = await fixture.person('Alice');
    const noe = await fixture.person('Noé');
    const bandId = await fixture.band(admin, [[noe, 'member']], 'Les Cuivres du Port');

    await signIn(page, noe.username, PERSON_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await expectActiveBand(page, 'Les Cuivres du Port');

    expect((await admin.delete(`/api/bands/${bandId}/members/${noe.id}`)).status).toBe(204);
    await page.reload();
    await expectLostNotice(page, 'Les Cuivres du Port');
    await page.waitForURL((url) => url.pathname === '/onboarding');
    await signOut(page);
  });

  it('whose band its admin deletes, is told so on the next start', async () => {
    const { admin, member: sam, bandId } = await memberOfTwoBands('Sam', 'Les Cordes Sensibles', 'Trio de Sam');

    await signIn(page, sam.username, PERSON_PASSWORD);
    await page.goto('/settings/members');
    await page.waitForSelector('[data-testid=member] >> text=Alice');

    expect((await admin.delete(`/api/bands/${bandId}`)).status).toBe(204);
    await page.reload();
    await expectLostNotice(page, 'Les Cordes Sensibles');
    await expectActiveBand(page, 'Trio de Sam');
    await signOut(page);
  });
});

describe('an admin deleting their band', () => {
  let admin: Person;
  let lea: Person;
  let bandId: string;
  let inviteCode: string;
  const bandName = 'Les Baguettes Folles';

  beforeAll(async () => {
    admin = await fixture.person('Alice');
    lea = await fixture.person('Léa');
    bandId = await fixture.band(admin, [[lea, 'member']], bandName);
    inviteCode = await inviteCodeOf(admin, bandId);
  });

  it('confirms by typing the band name: a wrong name keeps the button disabled', async () => {
    await signIn(page, lea.username, PERSON_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');

    await signIn(adminPage, admin.username, PERSON_PASSWORD);
    await adminPage.goto('/settings/band');
    await adminPage.click('[data-testid=delete-band]');
    const dialog = adminPage.locator('dialog[data-testid=confirm-dialog][open]');
    await dialog.waitFor();
    // The field to type in has the first focus: Enter alone deletes nothing.
    expect(await adminPage.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('typeToConfirm');
    expect(await dialog.locator('h2').textContent()).toContain(bandName);
    const ok = dialog.locator('[data-testid=confirm-ok]');
    expect(await ok.isDisabled()).toBe(true);
    await dialog.getByLabel(`Pour confirmer, saisissez «\u00a0${bandName}\u00a0»`).fill('Les Baguettes');
    await untilRendered(adminPage);
    expect(await ok.isDisabled()).toBe(true);
    await dialog.getByLabel(`Pour confirmer, saisissez «\u00a0${bandName}\u00a0»`).fill(bandName);
    await untilRendered(adminPage);
    expect(await ok.isDisabled()).toBe(false);
    expect(await axeViolations(adminPage)).toEqual([]);

    await ok.click();
    await adminPage.waitForURL((url) => url.pathname === '/onboarding');
    expect(await adminPage.textContent('[data-testid=band-welcome]')).toContain(bandName);
  });

  it('is gone for everybody: no members list, no invitation, and the member is told at once', async () => {
    expect((await admin.get(`/api/bands/${bandId}/members`)).status).toBe(404);
    expect((await lea.get(`/api/bands/${bandId}/members`)).status).toBe(404);
    expect(await inviteLookupStatus(lea, inviteCode)).toBe(404);

    // Her page stayed open: the live connection tells it, no reload needed.
    await expectLostNotice(page, bandName);
    await page.waitForURL((url) => url.pathname === '/onboarding');
    await signOut(page);
  });
});

describe('the last member leaving a band', () => {
  it('is warned that the band and its data will be deleted, and the band is gone', async () => {
    const solo = await fixture.person('Zoé');
    const bandId = await fixture.band(solo, [], 'Zoé en solo');
    const inviteCode = await inviteCodeOf(solo, bandId);
    expect(await inviteLookupStatus(solo, inviteCode)).toBe(200);

    await signIn(page, solo.username, PERSON_PASSWORD);
    await page.goto('/settings/members');
    await page.waitForSelector('[data-testid=member]');
    await page.click('[data-testid=leave-band]');
    const dialog = page.locator('dialog[data-testid=confirm-dialog][open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Vous êtes son dernier membre\u202f: le groupe et toutes ses données (morceaux, répétitions, concerts) seront supprimés définitivement.',
    );
    await dialog.locator('[data-testid=confirm-ok]').click();
    await page.waitForURL((url) => url.pathname === '/onboarding');
    expect(await page.textContent('[data-testid=band-welcome]')).toContain('Zoé en solo');

    expect(await inviteLookupStatus(solo, inviteCode)).toBe(404);
    expect((await solo.get(`/api/bands/${bandId}/members`)).status).toBe(404);
    expect((await solo.get('/api/me')).body.bands).toEqual([]);
    await signOut(page);
  });
});
