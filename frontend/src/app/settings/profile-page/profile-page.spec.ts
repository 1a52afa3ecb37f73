import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aBand, aMe, aProblem, BAND_ID, failWith, settle, textOf, typeInto } from '../../../testing/fixtures';
import { PAGE_RELOAD } from '../../core/browser/page-reload';
import { LOCALE_STORAGE_KEY } from '../../core/i18n/locale-storage';
import { SessionStore } from '../../core/session/session-store';
import { THEME_STORAGE_KEY } from '../../core/theme/theme-storage';
import { ProfilePage } from './profile-page';

@Component({ template: '' })
class Blank {}

describe('ProfilePage', () => {
  let fixture: ComponentFixture<ProfilePage>;
  let root: HTMLElement;
  let http: HttpTestingController;
  let router: Router;
  let session: SessionStore;
  let reload: jest.Mock;

  beforeEach(async () => {
    localStorage.clear();
    reload = jest.fn();
    TestBed.configureTestingModule({
      imports: [ProfilePage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: Blank },
          { path: 'settings', component: Blank },
        ]),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: reload },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
    const loading = session.load();
    http.expectOne('/api/me').flush(aMe({ displayName: 'Alice', preferences: { theme: 'light', locale: 'fr' } }));
    await loading;
    await router.navigateByUrl('/settings');

    fixture = TestBed.createComponent(ProfilePage);
    root = fixture.nativeElement;
    document.body.appendChild(root);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    root.remove();
  });

  const click = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)!.click();
    await settle();
    await fixture.whenStable();
  };
  const submitForm = async (field: string) => {
    root
      .querySelector<HTMLInputElement>(`[name="${field}"]`)!
      .form!.querySelector<HTMLButtonElement>('button[type="submit"]')!
      .click();
    await settle();
    await fixture.whenStable();
  };
  const answer = async () => {
    await settle();
    await fixture.whenStable();
  };

  describe('display name', () => {
    it('starts from the session and saves with PATCH /api/me', async () => {
      expect(root.querySelector<HTMLInputElement>('input[name="displayName"]')!.value).toBe('Alice');
      expect(textOf(root, '[data-testid="username"]')).toBe('alice');
      // French: a narrow no-break space before the colon, one space after it.
      expect(root.querySelector('[data-testid="username-line"]')?.textContent?.trim()).toBe(
        "Nom d'utilisateur\u202f: alice",
      );

      typeInto(root, 'input[name="displayName"]', ' Alice M. ');
      await submitForm('displayName');
      const patch = http.expectOne({ method: 'PATCH', url: '/api/me' });
      expect(patch.request.body).toEqual({ displayName: 'Alice M.' });
      patch.flush(null);
      await answer();

      expect(session.displayName()).toBe('Alice M.');
      expect(root.textContent).toContain('Nom affiché enregistré.');
    });

    it('shows the server field error under the field', async () => {
      typeInto(root, 'input[name="displayName"]', 'x');
      await submitForm('displayName');
      failWith(
        http.expectOne('/api/me'),
        aProblem(400, 'VALIDATION_FAILED', { errors: [{ field: 'displayName', message: 'not allowed' }] }),
      );
      await answer();
      expect(textOf(root, '#settings-display-name-error')).toBe('not allowed');
    });
  });

  describe('theme', () => {
    it('offers light, dark and system, with the current one checked', () => {
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="theme"]')];
      expect(radios.map((radio) => radio.value)).toEqual(['light', 'dark', 'system']);
      expect(radios.find((radio) => radio.checked)?.value).toBe('light');
    });

    it('applies the choice at once, keeps it locally and saves it to the account', async () => {
      await click('input[name="theme"][value="dark"]');

      expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
      expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
      const patch = http.expectOne({ method: 'PATCH', url: '/api/me' });
      expect(patch.request.body).toEqual({ preferences: { theme: 'dark' } });
      patch.flush(null);
      await answer();
      expect(session.user()?.preferences.theme).toBe('dark');
    });
  });

  describe('language', () => {
    it('saves the language to the account, remembers it and reloads', async () => {
      const select = root.querySelector<HTMLSelectElement>('select[name="locale"]')!;
      expect([...select.options].map((option) => [option.value, option.text.trim()])).toEqual([
        ['fr', 'Français'],
        ['en', 'English'],
      ]);
      expect(select.value).toBe('fr');

      typeInto(root, 'select[name="locale"]', 'en');
      await submitForm('locale');
      const patch = http.expectOne({ method: 'PATCH', url: '/api/me' });
      expect(patch.request.body).toEqual({ preferences: { locale: 'en' } });
      expect(reload).not.toHaveBeenCalled();
      patch.flush(null);
      await answer();

      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
      expect(reload).toHaveBeenCalledTimes(1);
    });

    it('does not switch when the server refuses', async () => {
      typeInto(root, 'select[name="locale"]', 'en');
      await submitForm('locale');
      failWith(http.expectOne('/api/me'), aProblem(500, 'INTERNAL_ERROR'));
      await answer();

      expect(reload).not.toHaveBeenCalled();
      expect(textOf(root, '[data-testid="preferences-error"]')).toContain('Le serveur a rencontré un problème');
    });

    it('switches offline too, and sends the choice to the account on the next start', async () => {
      typeInto(root, 'select[name="locale"]', 'en');
      await submitForm('locale');
      http.expectOne('/api/me').error(new ProgressEvent('error'));
      await answer();

      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
      expect(reload).toHaveBeenCalledTimes(1);
      expect(root.querySelector('[data-testid="preferences-error"]')).toBeNull();

      // Next start, back online: the account still says fr; the offline choice is sent, not overwritten.
      const loading = session.load();
      http.expectOne({ method: 'GET', url: '/api/me' }).flush(aMe({ preferences: { theme: 'light', locale: 'fr' } }));
      await settle();
      const push = http.expectOne({ method: 'PATCH', url: '/api/me' });
      expect(push.request.body).toEqual({ preferences: { locale: 'en' } });
      push.flush(null);
      await loading;
      expect(session.user()?.preferences.locale).toBe('en');
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    });
  });

  describe('band section', () => {
    it('offers to create or join a band when there is none', () => {
      expect(textOf(root, '[data-testid="band-section"]')).toContain("Vous ne faites partie d'aucun groupe");
      expect(root.querySelector('[data-testid="settings-onboarding-link"]')?.getAttribute('href')).toBe('/onboarding');
    });

    it('leads to the members and the band settings in one tap', async () => {
      session.adoptBand({ id: BAND_ID, name: 'Les Rythmes', role: 'admin' });
      TestBed.tick();
      http.expectOne(`/api/bands/${BAND_ID}`).flush(aBand());
      // An admin also sees the instance's backups.
      http
        .expectOne('/api/operations/backup')
        .flush({ dailyAt: '03:00', keepDaily: 7, keepWeekly: 4, lastRun: null, backups: [] });
      await answer();

      expect(root.querySelector('[data-testid="backup-status"]')).not.toBeNull();
      expect(textOf(root, '[data-testid="settings-band-name"]')).toBe('Les Rythmes');
      expect(textOf(root, '[data-testid="band-section"]')).toContain('Administrateur');
      expect(root.querySelector('[data-testid="settings-members-link"]')?.getAttribute('href')).toBe(
        '/settings/members',
      );
      expect(root.querySelector('[data-testid="settings-band-link"]')?.getAttribute('href')).toBe('/settings/band');
    });
  });

  describe('password', () => {
    const fillPassword = async () => {
      typeInto(root, 'input[name="currentPassword"]', 'old password');
      typeInto(root, 'input[name="newPassword"]', 'new password!');
      await submitForm('currentPassword');
    };

    it('changes it with PUT /api/me/password', async () => {
      await fillPassword();
      const put = http.expectOne({ method: 'PUT', url: '/api/me/password' });
      expect(put.request.body).toEqual({ currentPassword: 'old password', newPassword: 'new password!' });
      put.flush(null, { status: 204, statusText: 'No Content' });
      await answer();

      expect(root.textContent).toContain('Mot de passe modifié.');
      expect(root.querySelector<HTMLInputElement>('input[name="currentPassword"]')!.value).toBe('');
    });

    it('shows 422 WRONG_PASSWORD under the current password', async () => {
      await fillPassword();
      failWith(http.expectOne('/api/me/password'), aProblem(422, 'IDENTITY.WRONG_PASSWORD'));
      await answer();

      expect(textOf(root, '#settings-current-password-error')).toBe('Mot de passe actuel incorrect.');
      const current = root.querySelector('input[name="currentPassword"]');
      expect(current?.getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(current);
    });

    it('checks the new password length before asking', async () => {
      typeInto(root, 'input[name="currentPassword"]', 'old password');
      typeInto(root, 'input[name="newPassword"]', 'short');
      await submitForm('newPassword');
      http.expectNone('/api/me/password');
      expect(textOf(root, '#settings-new-password-error')).toBe('8 caractères minimum.');
    });
  });

  it('signs out and goes to /login', async () => {
    await click('[data-testid="sign-out"]');
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });
    await answer();

    expect(session.status()).toBe('signed-out');
    expect(router.url).toBe('/login');
  });

  describe('account deletion', () => {
    const dialog = () => root.querySelector<HTMLDialogElement>('[data-testid="delete-dialog"]')!;
    const confirmWith = async (password: string) => {
      await click('[data-testid="delete-account"]');
      expect(dialog().open).toBe(true);
      typeInto(dialog(), 'input[name="password"]', password);
      dialog().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await answer();
    };

    it('asks for the password, deletes with DELETE /api/me and leaves for /login', async () => {
      await confirmWith('my password');
      const request = http.expectOne({ method: 'DELETE', url: '/api/me' });
      expect(request.request.body).toEqual({ password: 'my password' });
      request.flush(null, { status: 204, statusText: 'No Content' });
      await answer();

      expect(session.status()).toBe('signed-out');
      expect(dialog().open).toBe(false);
      expect(router.url).toBe('/login');
    });

    it('shows a wrong password (422) under the field', async () => {
      await confirmWith('nope');
      failWith(http.expectOne('/api/me'), aProblem(422, 'IDENTITY.WRONG_PASSWORD'));
      await answer();

      expect(textOf(dialog(), '#delete-password-error')).toBe('Mot de passe incorrect.');
      expect(dialog().open).toBe(true);
      expect(session.isSignedIn()).toBe(true);
    });

    it('explains the refusal for the last admin of a band (409)', async () => {
      await confirmWith('my password');
      failWith(http.expectOne('/api/me'), aProblem(409, 'BANDS.LAST_ADMIN'));
      await answer();

      expect(textOf(dialog(), '[data-testid="delete-error"]')).toBe(
        "Vous êtes le dernier administrateur d'un groupe qui a d'autres membres : nommez un autre administrateur d'abord.",
      );
      expect(router.url).toBe('/settings');
    });

    it('can be cancelled', async () => {
      await click('[data-testid="delete-account"]');
      dialog().querySelector<HTMLButtonElement>('button[type="button"]')!.click();
      await answer();
      expect(dialog().open).toBe(false);
      http.expectNone('/api/me');
    });
  });
});
