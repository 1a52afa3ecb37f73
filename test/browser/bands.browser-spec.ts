import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  type BrowserSession,
  type ExtraBrowser,
  openExtraBrowser,
  signOut,
  startBrowserSession,
} from '../support/browser.js';

// Two people on one app: Alice (the session's persistent profile, a 390 px phone) creates the band;
// Bruno (a second Chromium, 360 px) follows her invitation link while signed out.
let session: BrowserSession;
let other: ExtraBrowser;
let alice: Page;
let bruno: Page;
const password = 'correct horse battery';
const bandName = 'Les Rythmes du Jeudi';
let inviteCode = '';
let invitePath = '';

const bandTemplate = (page: Page) => page.getAttribute('html', 'data-band-template');

async function fillRegistration(page: Page, username: string, displayName: string) {
  await page.fill('input[name=username]', username);
  await page.fill('input[name=displayName]', displayName);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

beforeAll(async () => {
  session = await startBrowserSession({ locale: 'fr-FR' });
  other = await openExtraBrowser(session, { locale: 'fr-FR' });
  alice = await session.context.newPage();
  bruno = await other.context.newPage();
});
afterAll(async () => {
  await other?.close();
  await session?.close();
});

describe('a band, from creation to a second admin, in Chromium', () => {
  it('sends a new member to the onboarding, where they create their band', async () => {
    await alice.goto('/register');
    await fillRegistration(alice, 'alice.guitar', 'Alice');
    await alice.waitForURL((url) => url.pathname === '/onboarding');
    expect(await alice.textContent('h1')).toContain('Bienvenue, Alice');
    expect(await bandTemplate(alice)).toBeNull();

    await alice.fill('input[name=bandName]', bandName);
    await alice.click('[data-testid=create-band]');
    await alice.waitForURL((url) => url.pathname === '/');
    expect(await alice.textContent('[data-testid=band-welcome]')).toContain(`« ${bandName} » est créé`);
    expect(await alice.textContent('[data-testid=active-band-name]')).toBe(bandName);
    await alice.waitForFunction(() => document.documentElement.dataset['bandTemplate'] === 'classic');
  });

  it('shows the invitation on the members screen, one tap from Réglages, and copies the link', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.app.baseUrl });
    await alice.click('[data-testid=nav-settings]');
    await alice.click('[data-testid=settings-members-link]');
    await alice.waitForURL((url) => url.pathname === '/settings/members');

    inviteCode = ((await alice.textContent('[data-testid=invite-code]')) ?? '').trim();
    expect(inviteCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    invitePath = `/join/${inviteCode}`;
    expect(await alice.inputValue('[data-testid=invite-link]')).toBe(`${session.app.baseUrl}${invitePath}`);

    await alice.click('[data-testid=copy-invite]');
    await alice.waitForSelector('[data-testid=invite-copied]');
    expect(await alice.evaluate(() => navigator.clipboard.readText())).toBe(`${session.app.baseUrl}${invitePath}`);
    expect(await alice.locator('[data-testid=member]').count()).toBe(1);
  });

  it('lets a signed-out visitor of the link create an account on it, and join (invitation.browser-spec.ts)', async () => {
    await bruno.goto(invitePath);
    await bruno.waitForSelector('[data-testid=invitation]');
    expect(await bruno.textContent('h1')).toBe(`${bandName} vous invite…`);

    await fillRegistration(bruno, 'bruno.bass', 'Bruno');
    await bruno.waitForURL((url) => url.pathname === '/');
    expect(await bruno.textContent('[data-testid=band-welcome]')).toContain(`Vous avez rejoint « ${bandName} »`);
    expect(await bruno.textContent('[data-testid=active-band-name]')).toBe(bandName);
  });

  it('lets the admin see the new member and make them an admin', async () => {
    await alice.reload();
    const row = alice.locator('[data-testid=member]', { hasText: 'Bruno' });
    await row.waitFor();
    expect(await row.locator('[data-testid=member-role]').textContent()).toContain('Membre');
    // Nobody changes their own role: Alice's own row has no select.
    const own = alice.locator('[data-testid=member]', { hasText: 'Alice' });
    expect(await own.locator('select[name=role]').count()).toBe(0);

    await row.locator('select[name=role]').selectOption('admin');
    await row.locator('[data-testid=apply-role]').click();
    await alice.waitForSelector('[data-testid=member-notice]');
    expect(await alice.textContent('[data-testid=member-notice]')).toContain('Rôle de Bruno : Administrateur');
    expect(await row.locator('[data-testid=member-role]').textContent()).toContain('Administrateur');
  });

  it('gives the new admin, after a reload, the band settings and the invitation code', async () => {
    await bruno.goto('/settings/members');
    await bruno.waitForSelector('[data-testid=invite-code]');
    expect((await bruno.textContent('[data-testid=invite-code]'))?.trim()).toBe(inviteCode);

    await bruno.goto('/settings/band');
    await bruno.waitForSelector('[data-testid=band-settings-form]');
    expect(await bruno.inputValue('input[name=name]')).toBe(bandName);
    expect(await bruno.inputValue('input[name=timezone]')).toBe('Europe/Paris');
  });

  it('shows field errors from the server under their field', async () => {
    // Passes the app's own check (https://…), refused by the server's (not a URL): 400 with errors[].
    await bruno.fill('input[name=logoUrl]', 'http://[');
    const [answer] = await Promise.all([
      bruno.waitForResponse((response) => response.request().method() === 'PATCH'),
      bruno.click('[data-testid=save-band]'),
    ]);
    expect(answer.status()).toBe(400);
    expect((await answer.json()).errors).toEqual([expect.objectContaining({ field: 'logoUrl' })]);
    await bruno.waitForSelector('#band-logoUrl-error');
    expect(await bruno.getAttribute('input[name=logoUrl]', 'aria-invalid')).toBe('true');
    await bruno.fill('input[name=logoUrl]', '');
  });

  it('applies the chosen template to the whole app, for every member', async () => {
    await bruno.check('input[name=template][value=violet]');
    await bruno.click('[data-testid=save-band]');
    await bruno.waitForSelector('[data-testid=band-saved]');
    await bruno.waitForFunction(() => document.documentElement.dataset['bandTemplate'] === 'violet');
    const primary = await bruno.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--bt-color-primary').trim(),
    );
    expect(primary).toBe('#7e22ce');

    await bruno.reload();
    await bruno.waitForSelector('[data-testid=band-settings-form]');
    expect(await bandTemplate(bruno)).toBe('violet');

    await alice.reload();
    await alice.waitForFunction(() => document.documentElement.dataset['bandTemplate'] === 'violet');
  });
});

describe('on a phone, offline, with a keyboard', () => {
  it('fits a 360 px screen without sideways scrolling', async () => {
    for (const screen of ['/settings/members', '/settings/band', '/']) {
      await bruno.goto(screen);
      await bruno.waitForSelector('main#main h1');
      const overflow = await bruno.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect([screen, overflow]).toEqual([screen, 0]);
    }
  });

  it('shows the members read last while offline, with the writes disabled', async () => {
    await alice.goto('/settings/members');
    await alice.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Once the worker controls the page, its reads go through the api-reads data group.
    await alice.reload();
    await alice.waitForSelector('[data-testid=member] >> text=Bruno');
    await session.context.setOffline(true);
    try {
      await alice.reload();
      await alice.waitForSelector('[data-testid=offline-banner]');
      await alice.waitForSelector('[data-testid=member] >> text=Bruno');
      expect(await alice.locator('[data-testid=member]').count()).toBe(2);
      expect((await alice.textContent('[data-testid=invite-code]'))?.trim()).toBe(inviteCode);
      expect(await alice.isDisabled('[data-testid=renew-invite]')).toBe(true);
      expect(await alice.isDisabled('[data-testid=leave-band]')).toBe(true);
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('confirms with a keyboard: the dialog starts on Cancel, Escape closes it and gives the focus back', async () => {
    await alice.goto('/settings/members');
    await alice.focus('[data-testid=leave-band]');
    await alice.keyboard.press('Enter');
    await alice.waitForSelector('dialog[data-testid=confirm-dialog][open]');
    expect(await alice.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await alice.keyboard.press('Escape');
    await alice.waitForSelector('dialog[data-testid=confirm-dialog]:not([open])', { state: 'attached' });
    expect(await alice.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('leave-band');
  });
});

describe('joining with a code, and a second band', () => {
  it('says so when a link carries an unknown code, and takes another code', async () => {
    await signOut(bruno);
    await bruno.goto('/register');
    await fillRegistration(bruno, 'chloe.keys', 'Chloé');
    await bruno.waitForURL((url) => url.pathname === '/onboarding');

    await bruno.goto('/join/ZZZZZ-ZZZZZ');
    await bruno.waitForSelector('[data-testid=join-link-error]');
    expect(await bruno.textContent('h1')).toContain("Ce lien d'invitation ne fonctionne pas");
    expect(await bruno.inputValue('input[name=inviteCode]')).toBe('ZZZZZ-ZZZZZ');
  });

  it('joins from the onboarding with a code typed in lower case with spaces', async () => {
    await bruno.goto('/onboarding');
    await bruno.fill('input[name=inviteCode]', 'ABCDE');
    await bruno.click('[data-testid=join-submit]');
    await bruno.waitForSelector('#join-invite-code-error');
    expect(await bruno.textContent('#join-invite-code-error')).toContain('10 caractères');

    await bruno.fill('input[name=inviteCode]', ` ${inviteCode.toLowerCase().replace('-', ' ')} `);
    await bruno.click('[data-testid=join-submit]');
    await bruno.waitForURL((url) => url.pathname === '/');
    expect(await bruno.textContent('[data-testid=band-welcome]')).toContain(`Vous avez rejoint « ${bandName} »`);
    expect(await bandTemplate(bruno)).toBe('violet');
  });

  it('switches between bands from the shell, and the template follows', async () => {
    await bruno.goto('/settings/band');
    await bruno.click('[data-testid=another-band]');
    await bruno.waitForURL((url) => url.pathname === '/onboarding');
    await bruno.fill('input[name=bandName]', 'Duo du Dimanche');
    await bruno.click('[data-testid=create-band]');
    await bruno.waitForURL((url) => url.pathname === '/');
    await bruno.waitForFunction(() => document.documentElement.dataset['bandTemplate'] === 'classic');

    const switcher = bruno.locator('[data-testid=band-switcher]');
    expect(await switcher.locator('option:checked').textContent()).toBe('Duo du Dimanche');
    const first = await switcher.locator('option', { hasText: bandName }).getAttribute('value');
    await switcher.selectOption(first!);
    await bruno.waitForFunction(() => document.documentElement.dataset['bandTemplate'] === 'violet');
    expect(await bruno.textContent('[data-testid=home-band]')).toContain(bandName);
    const me = await bruno.evaluate(() => fetch('/api/me').then((response) => response.json()));
    expect(me.activeBandId).toBe(first);
  });

  it('lets a member leave a band after confirming', async () => {
    await bruno.goto('/settings/members');
    await bruno.waitForSelector('[data-testid=member]');
    expect(await bruno.locator('[data-testid=invite-section]').count()).toBe(0);
    await bruno.click('[data-testid=leave-band]');
    await bruno.click('[data-testid=confirm-ok]');
    await bruno.waitForURL((url) => url.pathname === '/');
    expect(await bruno.textContent('[data-testid=band-welcome]')).toContain(`Vous avez quitté « ${bandName} »`);
    expect(await bruno.textContent('[data-testid=active-band-name]')).toBe('Duo du Dimanche');
  });
});
