import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe, aProblem, failWith, settle } from '../../../testing/fixtures';
import { PAGE_RELOAD } from '../browser/page-reload';
import { authGuard, guestGuard } from './auth-guards';

@Component({ template: 'page' })
class Page {}

describe('authGuard and guestGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: jest.fn() },
        provideRouter([
          { path: 'login', component: Page, canActivate: [guestGuard] },
          { path: 'register', component: Page, canActivate: [guestGuard] },
          { path: 'settings', component: Page, canActivate: [authGuard] },
          { path: '', component: Page, canActivate: [authGuard] },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function navigate(url: string, me: 'signed-in' | 'signed-out'): Promise<string> {
    const navigation = router.navigateByUrl(url);
    await settle();
    const request = http.expectOne('/api/me');
    if (me === 'signed-in') request.flush(aMe());
    else failWith(request, aProblem(401, 'UNAUTHENTICATED'));
    await navigation;
    return router.url;
  }

  it('lets a signed-in user in', async () => {
    expect(await navigate('/settings', 'signed-in')).toBe('/settings');
  });

  it('sends a guest to /login with the page they wanted as returnUrl', async () => {
    expect(await navigate('/settings?tab=x', 'signed-out')).toBe('/login?returnUrl=%2Fsettings%3Ftab%3Dx');
  });

  it('lets a guest open /login and /register', async () => {
    expect(await navigate('/register', 'signed-out')).toBe('/register');
    await router.navigateByUrl('/login');
    expect(router.url).toBe('/login');
  });

  it('sends a signed-in user away from /login to home', async () => {
    expect(await navigate('/login', 'signed-in')).toBe('/');
  });

  it('sends a signed-in user away from /login to a safe returnUrl only', async () => {
    expect(await navigate('/login?returnUrl=%2Fsettings', 'signed-in')).toBe('/settings');
    await router.navigateByUrl('/login?returnUrl=%2F%2Fevil.example');
    expect(router.url).toBe('/');
  });

  it('asks GET /api/me once, then decides from the store', async () => {
    await navigate('/settings', 'signed-in');
    await router.navigateByUrl('/');
    expect(router.url).toBe('/');
    http.expectNone('/api/me');
  });
});
