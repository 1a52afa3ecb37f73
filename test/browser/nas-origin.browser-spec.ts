import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type BrowserSession, startBrowserSession } from '../support/browser.js';

// Most NAS owners open the app at http://192.168.x.x:8080: plain http on a name that is not
// loopback, so the page is no secure context (no navigator.clipboard, no service worker).
// Chromium resolves nas.test to 127.0.0.1 here, and the page's origin is http://nas.test:PORT.
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR', hostName: 'nas.test' });
  page = await session.context.newPage();
});
afterAll(() => session?.close());

describe('on a NAS address over plain http, in Chromium', () => {
  it('is no secure context: there is no navigator.clipboard', async () => {
    await page.goto('/register');
    expect(new URL(page.url()).origin).toBe(session.baseUrl);
    expect(session.baseUrl).toMatch(/^http:\/\/nas\.test:\d+$/);
    expect(await page.evaluate(() => [window.isSecureContext, 'clipboard' in navigator])).toEqual([false, false]);
  });

  it('registers and creates a band there (the app needs no secure context)', async () => {
    await page.getByLabel("Nom d'utilisateur").fill('nina.nas');
    await page.getByLabel('Mot de passe', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL((url) => url.pathname === '/onboarding');
    await page.getByLabel('Nom du groupe').fill('Les Rythmes du NAS');
    await page.getByRole('button', { name: 'Créer le groupe' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('copies the invitation link to the clipboard, and says so', async () => {
    await page.goto('/settings/members');
    const link = await page.getByLabel("Lien d'invitation").inputValue();
    expect(link).toMatch(new RegExp(`^${session.baseUrl}/join/[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$`));

    await page.getByRole('button', { name: 'Copier le lien' }).click();
    const outcome = page.locator('[data-testid=invite-copied], [data-testid=invite-copy-failed]');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-testid')).toBe('invite-copied');
    expect(await page.getByRole('status').filter({ hasText: 'Lien copié' }).count()).toBe(1);

    // Read it back the way a person would: paste it (Ctrl+V) into a text field.
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'paste-here';
      document.body.append(field);
    });
    await page.focus('#paste-here');
    await page.keyboard.press('Control+V');
    expect(await page.inputValue('#paste-here')).toBe(link);
  });
});
