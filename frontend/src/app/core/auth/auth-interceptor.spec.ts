import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { aMe, aProblem, failWith, settle } from '../../../testing/fixtures';
import { PAGE_RELOAD } from '../browser/page-reload';
import { SessionStore } from '../session/session-store';
import { authInterceptor } from './auth-interceptor';

@Component({ template: 'page' })
class Page {}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;
  let session: SessionStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: jest.fn() },
        provideRouter([
          { path: 'login', component: Page },
          { path: 'settings', component: Page },
          { path: '', component: Page },
        ]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);

    const loading = session.load();
    backend.expectOne('/api/me').flush(aMe());
    await loading;
    await router.navigateByUrl('/settings?x=1');
  });

  afterEach(() => backend.verify());

  async function call401(method: string, url: string): Promise<unknown> {
    const result = firstValueFrom(http.request(method, url)).catch((error: unknown) => error);
    failWith(backend.expectOne({ method, url }), aProblem(401, 'UNAUTHENTICATED'));
    const error = await result;
    await settle();
    return error;
  }

  it('on a 401 from the API, forgets the user and goes to /login with the current page', async () => {
    const error = await call401('GET', '/api/bands');

    expect(error).toMatchObject({ status: 401 });
    expect(session.status()).toBe('signed-out');
    expect(router.url).toBe('/login?returnUrl=%2Fsettings%3Fx%3D1');
  });

  it('does the same for a write to /api/me (PATCH)', async () => {
    await call401('PATCH', '/api/me');
    expect(router.url).toBe('/login?returnUrl=%2Fsettings%3Fx%3D1');
  });

  it.each([
    ['GET', '/api/me'],
    ['POST', '/api/auth/login'],
    ['POST', '/api/auth/register'],
    ['POST', '/api/auth/logout'],
  ])('leaves a 401 from %s %s to its caller', async (method, url) => {
    const error = await call401(method, url);

    expect(error).toMatchObject({ status: 401 });
    expect(session.status()).toBe('signed-in');
    expect(router.url).toBe('/settings?x=1');
  });

  it('ignores other errors and non-API URLs', async () => {
    const forbidden = firstValueFrom(http.get('/api/bands/1')).catch(() => null);
    failWith(backend.expectOne('/api/bands/1'), aProblem(403, 'FORBIDDEN'));
    await forbidden;

    const elsewhere = firstValueFrom(http.get('/locale/messages.en.json')).catch(() => null);
    backend.expectOne('/locale/messages.en.json').flush('', { status: 401, statusText: 'Unauthorized' });
    await elsewhere;
    await settle();

    expect(session.status()).toBe('signed-in');
    expect(router.url).toBe('/settings?x=1');
  });
});
