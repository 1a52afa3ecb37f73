import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe, aProblem, failWith, settle, textOf, typeInto } from '../../../testing/fixtures';
import { PAGE_RELOAD } from '../../core/browser/page-reload';
import { ThemeService } from '../../core/theme/theme-service';
import { RegisterPage } from './register-page';

@Component({ template: '' })
class Blank {}

describe('RegisterPage', () => {
  let fixture: ComponentFixture<RegisterPage>;
  let root: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [RegisterPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'settings', component: Blank },
          { path: 'login', component: Blank },
          { path: '', component: Blank },
        ]),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: jest.fn() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(RegisterPage);
    root = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function fill(values: { username?: string; displayName?: string; password?: string }): Promise<void> {
    typeInto(root, 'input[name="username"]', values.username ?? 'alice');
    typeInto(root, 'input[name="displayName"]', values.displayName ?? '');
    typeInto(root, 'input[name="password"]', values.password ?? 'correct horse');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    await fixture.whenStable();
  }

  it('shows the hints and autocomplete attributes', () => {
    expect(textOf(root, '#register-username-hint')).toBe('3 à 32 caractères : lettres minuscules, chiffres, . _ -');
    expect(textOf(root, '#register-password-hint')).toBe('8 caractères minimum');
    expect(root.querySelector('input[name="password"]')?.getAttribute('autocomplete')).toBe('new-password');
    expect(root.querySelector('input[name="username"]')?.getAttribute('aria-describedby')).toBe(
      'register-username-hint',
    );
  });

  it.each([
    ['al', 'Entre 3 et 32 caractères.'],
    ['a'.repeat(33), 'Entre 3 et 32 caractères.'],
    ['Alice', 'Uniquement des lettres minuscules (sans accent), des chiffres et . _ -'],
    ['al ice', 'Uniquement des lettres minuscules (sans accent), des chiffres et . _ -'],
    ['', "Choisissez un nom d'utilisateur."],
  ])('refuses the username %p like the server would', async (username, message) => {
    await fill({ username });
    http.expectNone('/api/auth/register');
    expect(textOf(root, '#register-username-error')).toBe(message);
  });

  it('refuses a password shorter than 8 characters', async () => {
    await fill({ password: 'short' });
    http.expectNone('/api/auth/register');
    expect(textOf(root, '#register-password-error')).toBe('8 caractères minimum.');
    expect(root.querySelector('input[name="password"]')?.getAttribute('aria-describedby')).toBe(
      'register-password-hint register-password-error',
    );
  });

  it('creates the account, saves the current theme and language to it, then goes to returnUrl', async () => {
    TestBed.inject(ThemeService).choose('dark');
    fixture.componentRef.setInput('returnUrl', '/settings');
    await fill({ username: 'a.l_i-ce9', displayName: '  Alice  ' });

    const register = http.expectOne({ method: 'POST', url: '/api/auth/register' });
    expect(register.request.body).toEqual({ username: 'a.l_i-ce9', password: 'correct horse', displayName: 'Alice' });
    register.flush(
      { user: { id: '1', username: 'a.l_i-ce9', displayName: 'Alice' } },
      { status: 201, statusText: 'Created' },
    );
    await settle();

    const patch = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(patch.request.body).toEqual({ preferences: { theme: 'dark', locale: 'fr' } });
    patch.flush(null);
    await settle();
    http.expectOne('/api/me').flush(aMe({ preferences: { theme: 'dark', locale: 'fr' } }));
    await settle();

    expect(router.url).toBe('/settings');
  });

  it('leaves out an empty display name', async () => {
    await fill({ displayName: '   ' });
    const register = http.expectOne('/api/auth/register');
    expect(register.request.body).toEqual({ username: 'alice', password: 'correct horse' });
    failWith(register, aProblem(500, 'INTERNAL'));
    await settle();
  });

  it('puts the field errors of a 400 problem+json under the right fields', async () => {
    await fill({});
    failWith(
      http.expectOne('/api/auth/register'),
      aProblem(400, 'VALIDATION_FAILED', {
        errors: [
          { field: 'username', message: 'username is reserved' },
          { field: 'displayName', message: 'displayName is too long' },
          { field: 'captcha', message: 'something else' },
        ],
      }),
    );
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '#register-username-error')).toBe('username is reserved');
    expect(textOf(root, '#register-displayName-error')).toBe('displayName is too long');
    expect(textOf(root, '[data-testid="form-error"]')).toBe('something else');
    expect(root.querySelector('input[name="username"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(root.querySelector('input[name="username"]'));

    // Editing the field clears the server's error.
    typeInto(root, 'input[name="username"]', 'alicia');
    await fixture.whenStable();
    expect(root.querySelector('#register-username-error')).toBeNull();
  });

  it("shows the app's own sentence for a rule the server names by code", async () => {
    await fill({});
    failWith(
      http.expectOne('/api/auth/register'),
      aProblem(400, 'IDENTITY.INVALID_USERNAME', {
        errors: [{ field: 'username', message: 'A username has 3 to 32…' }],
      }),
    );
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '#register-username-error')).toBe('3 à 32 caractères : lettres minuscules, chiffres, . _ -');
  });

  it('says the username is taken (409)', async () => {
    await fill({});
    failWith(http.expectOne('/api/auth/register'), aProblem(409, 'IDENTITY.USERNAME_TAKEN'));
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '#register-username-error')).toBe(
      "Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.",
    );
  });

  it('says when to retry (429)', async () => {
    await fill({});
    failWith(http.expectOne('/api/auth/register'), aProblem(429, 'RATE_LIMITED'), { 'Retry-After': '60' });
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '[data-testid="form-error"]')).toBe('Trop de tentatives. Réessayez dans 1 minute.');
  });

  it('shows and hides the password', async () => {
    const input = root.querySelector<HTMLInputElement>('input[name="password"]')!;
    const toggle = root.querySelector<HTMLButtonElement>('bt-password-toggle button')!;
    expect(input.type).toBe('password');

    toggle.click();
    await fixture.whenStable();
    expect(input.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('register-password');

    toggle.click();
    await fixture.whenStable();
    expect(input.type).toBe('password');
  });
});
