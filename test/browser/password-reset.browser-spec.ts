import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/accessibility.js';
import { BandFixture, PERSON_PASSWORD, type Person } from '../support/band-fixture.js';
import {
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  signIn,
  SMALL_PHONE,
  startBrowserSession,
} from '../support/browser.js';

// The operator's command (README: `npm run user -- reset-password USERNAME`) run beside the running
// server on its database; its link opened in Chromium. The person is signed in on a second device.
let session: BrowserSession;
let otherDevice: ExtraBrowser;
let page: Page;
let devicePage: Page;
let lea: Person;
let link: URL;
const newPassword = 'une toute nouvelle phrase';

const runUserCommand = promisify(execFile);

/** `node scripts/cli.mjs user reset-password USERNAME` with the test server's database: the printed link. */
async function resetLinkFor(username: string): Promise<URL> {
  const { stdout } = await runUserCommand('node', ['scripts/cli.mjs', 'user', 'reset-password', username], {
    env: { ...process.env, DATABASE_URL: session.app.databaseUrl!, PUBLIC_ORIGIN: session.app.baseUrl },
    timeout: 120_000,
  });
  return new URL(stdout.trim());
}

async function submitNewPassword(secret: string): Promise<void> {
  await page.fill('input[name=newPassword]', secret);
  await page.click('[data-testid=reset-submit]');
}

async function expectFormError(text: string): Promise<void> {
  const error = page.locator('[data-testid=form-error]');
  await error.waitFor();
  expect(await error.textContent()).toContain(text);
  expect(await error.evaluate((element) => element.closest('[role=alert]') !== null)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  otherDevice = await openExtraBrowser(session, { locale: 'fr-FR' });
  lea = await new BandFixture(session.app.baseUrl).person('Léa');
  page = await session.context.newPage();
  await page.setViewportSize(SMALL_PHONE);
  devicePage = await otherDevice.context.newPage();
  await devicePage.setViewportSize(SMALL_PHONE);
}, 120_000);
afterAll(async () => {
  await otherDevice?.close();
  await session?.close();
});

describe('a forgotten password, reset with the link the operator command prints', () => {
  it('prints a one-time link to this server', async () => {
    await signIn(devicePage, lea.username, PERSON_PASSWORD);
    await devicePage.waitForURL((url) => url.pathname === '/onboarding');

    link = await resetLinkFor(lea.username);
    expect(link.origin).toBe(session.app.baseUrl);
    expect(link.pathname).toBe('/reset-password');
    expect(link.searchParams.get('token')).toBeTruthy();
  }, 150_000);

  it('refuses the current password as the new one, saying so', async () => {
    await page.goto(link.pathname + link.search);
    await page.waitForSelector('input[name=newPassword]');
    await submitNewPassword(PERSON_PASSWORD);
    await expectFormError('Le nouveau mot de passe est le mot de passe actuel');
  });

  it('sets the new password, signs out the other devices, and the new password signs in', async () => {
    await submitNewPassword(newPassword);
    const done = page.locator('[data-testid=reset-done]');
    await done.waitFor();
    expect(await done.evaluate((element) => element.closest('[role=status]') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reset-done');

    expect(await devicePage.evaluate(() => fetch('/api/me').then((response) => response.status))).toBe(401);
    await devicePage.reload();
    await devicePage.waitForURL((url) => url.pathname === '/login');

    expect((await lea.post('/api/auth/login', { username: lea.username, password: PERSON_PASSWORD })).status).toBe(401);
    await signIn(page, lea.username, newPassword);
    await page.waitForURL((url) => url.pathname === '/onboarding');
  });

  it('refuses the same link a second time, saying why', async () => {
    await page.goto(link.pathname + link.search);
    await page.waitForSelector('input[name=newPassword]');
    await submitNewPassword('encore une autre phrase');
    await expectFormError('Ce lien ne fonctionne plus');
  });
});
