import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { aMe, aMeInABand, aProblem, bandTestProviders, failWith, settle } from '../../../testing/fixtures';
import { authGuard } from '../auth/auth-guards';
import { bandGuard } from './band-guard';

@Component({ template: 'page' })
class Page {}

describe('bandGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        provideRouter([
          { path: 'login', component: Page },
          { path: 'onboarding', component: Page, canActivate: [authGuard] },
          { path: '', component: Page, canActivate: [authGuard, bandGuard] },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string, me: ReturnType<typeof aMe> | null): Promise<string> {
    const navigation = router.navigateByUrl(url);
    await settle();
    const request = http.expectOne('/api/me');
    if (me) request.flush(me);
    else failWith(request, aProblem(401, 'UNAUTHENTICATED'));
    await navigation;
    return router.url;
  }

  it('sends a signed-in user without a band from / to /onboarding', async () => {
    expect(await open('/', aMe())).toBe('/onboarding');
  });

  it('lets a member of a band in', async () => {
    expect(await open('/', aMeInABand())).toBe('/');
  });

  it('leaves guests to authGuard (login)', async () => {
    expect(await open('/', null)).toBe('/login?returnUrl=%2F');
  });
});
