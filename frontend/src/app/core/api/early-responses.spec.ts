import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, PendingTasks } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { aFetchResponse as answer, aProblem, settle } from '../../../testing/fixtures';
import { earlyResponseInterceptor, forgetEarlyResponsesOnceStable } from './early-responses';

describe('earlyResponseInterceptor', () => {
  const early = window as { btEarly?: Record<string, Promise<Response>> };
  const BAND = '/api/bands/b1';
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([earlyResponseInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    delete early.btEarly;
    backend.verify();
  });

  it('serves the first GET of a URL boot.js asked for with its answer, and the next one from the network', async () => {
    early.btEarly = { [BAND]: Promise.resolve(answer(200, { id: 'b1', name: 'Les Baguettes Folles' })) };

    await expect(firstValueFrom(http.get(BAND))).resolves.toEqual({ id: 'b1', name: 'Les Baguettes Folles' });
    backend.expectNone(BAND);

    const again = firstValueFrom(http.get(BAND));
    backend.expectOne(BAND).flush({ id: 'b1', name: 'Les Baguettes' });
    await expect(again).resolves.toEqual({ id: 'b1', name: 'Les Baguettes' });
  });

  it('fails as the network would: the status and the problem of a non-2xx, status 0 when no answer came', async () => {
    early.btEarly = {
      [BAND]: Promise.resolve(answer(404, aProblem(404, 'BAND_NOT_FOUND'))),
      [`${BAND}/dashboard`]: Promise.reject(new TypeError('Failed to fetch')),
    };

    const missing = await firstValueFrom(http.get(BAND)).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(HttpErrorResponse);
    expect(missing).toMatchObject({ status: 404, error: { code: 'BAND_NOT_FOUND' } });
    const unreachable = await firstValueFrom(http.get(`${BAND}/dashboard`)).catch((error: unknown) => error);
    expect(unreachable).toMatchObject({ status: 0 });
  });

  it('leaves other URLs, and writes to the same URL, to the network', async () => {
    early.btEarly = { [BAND]: Promise.resolve(answer(200, { id: 'b1' })) };

    const members = firstValueFrom(http.get(`${BAND}/members`));
    const rename = firstValueFrom(http.patch(BAND, { name: 'Les Baguettes' }));
    backend.expectOne(`${BAND}/members`).flush([]);
    backend.expectOne({ method: 'PATCH', url: BAND }).flush({ id: 'b1' });
    await Promise.all([members, rename]);
    expect(early.btEarly[BAND]).toBeDefined();
  });

  it('forgets what is still unclaimed once the app is stable: a later read asks the network', async () => {
    early.btEarly = { [BAND]: Promise.resolve(answer(200, { id: 'b1', name: 'from boot.js' })) };
    const starting = TestBed.inject(PendingTasks).add();
    TestBed.runInInjectionContext(forgetEarlyResponsesOnceStable);

    await settle();
    expect(early.btEarly).toBeDefined();
    starting();
    await TestBed.inject(ApplicationRef).whenStable();
    await settle();
    expect(early.btEarly).toBeUndefined();

    const read = firstValueFrom(http.get(BAND));
    backend.expectOne(BAND).flush({ id: 'b1', name: 'from the network' });
    await expect(read).resolves.toEqual({ id: 'b1', name: 'from the network' });
  });
});
