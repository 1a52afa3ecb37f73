import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe, aProblem, failWith, settle, textOf, typeInto } from '../../../testing/fixtures';
import { PAGE_RELOAD } from '../../core/browser/page-reload';
import { SessionStore } from '../../core/session/session-store';
import { LoginPage } from './login-page';

@Component({ template: '' })
class Blank {}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let root: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'settings', component: Blank },
          { path: 'register', component: Blank },
          { path: '', component: Blank },
        ]),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: jest.fn() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(LoginPage);
    root = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function submit(username = 'alice', password = 'correct horse'): Promise<void> {
    typeInto(root, 'input[name="username"]', username);
    typeInto(root, 'input[name="password"]', password);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
  }

  it('has the fields and hooks browser tests rely on', () => {
    expect(root.querySelector('input[name="username"]')?.getAttribute('autocomplete')).toBe('username');
    expect(root.querySelector('input[name="password"]')?.getAttribute('autocomplete')).toBe('current-password');
    expect(root.querySelector('label[for="login-username"]')?.textContent).toContain("Nom d'utilisateur");
    expect(root.querySelector('h1')?.textContent).toContain('Connexion');
  });

  it('asks for both fields before calling the server', async () => {
    await submit('', '');
    await fixture.whenStable();

    http.expectNone('/api/auth/login');
    expect(textOf(root, '#login-username-error')).toBe("Saisissez votre nom d'utilisateur.");
    expect(textOf(root, '#login-password-error')).toBe('Saisissez votre mot de passe.');
    expect(root.querySelector('input[name="username"]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in, loads the session and goes to the returnUrl', async () => {
    fixture.componentRef.setInput('returnUrl', '/settings');
    await submit(' alice ', 'correct horse');

    const login = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(login.request.body).toEqual({ username: 'alice', password: 'correct horse' });
    login.flush({ user: { id: '1', username: 'alice', displayName: 'Alice' } });
    await settle();
    http.expectOne('/api/me').flush(aMe());
    await settle();

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
    expect(router.url).toBe('/settings');
  });

  it('ignores a returnUrl that leaves the app', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example');
    await submit();
    http.expectOne('/api/auth/login').flush({ user: aMe() });
    await settle();
    http.expectOne('/api/me').flush(aMe());
    await settle();
    expect(router.url).toBe('/');
  });

  it('shows the one generic message on 401', async () => {
    await submit();
    failWith(http.expectOne('/api/auth/login'), aProblem(401, 'IDENTITY.INVALID_CREDENTIALS'));
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '[data-testid="form-error"]')).toBe("Nom d'utilisateur ou mot de passe incorrect.");
    expect(router.url).toBe('/');
  });

  it('tells how long to wait on 429 (Retry-After)', async () => {
    await submit();
    failWith(http.expectOne('/api/auth/login'), aProblem(429, 'RATE_LIMITED'), { 'Retry-After': '540' });
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '[data-testid="form-error"]')).toBe('Trop de tentatives. Réessayez dans 9 minutes.');
  });

  it('puts server field errors (400 problem+json) under their field', async () => {
    await submit();
    failWith(
      http.expectOne('/api/auth/login'),
      aProblem(400, 'VALIDATION_FAILED', { errors: [{ field: 'password', message: 'password must be longer' }] }),
    );
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '#login-password-error')).toBe('password must be longer');
    expect(root.querySelector('input[name="password"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[data-testid="form-error"]')).toBeNull();
  });

  it('says so when the server cannot be reached', async () => {
    await submit();
    http.expectOne('/api/auth/login').error(new ProgressEvent('error'));
    await settle();
    await fixture.whenStable();

    expect(textOf(root, '[data-testid="form-error"]')).toContain('Impossible de joindre le serveur');
  });
});
