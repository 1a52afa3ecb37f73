import { HttpErrorResponse, HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { ApplicationRef, DOCUMENT, inject } from '@angular/core';
import { from } from 'rxjs';

import { yieldToMain } from '../browser/yield-to-main';

/**
 * Where boot.js leaves the GETs it started while main was still downloading (signed-in hint only):
 * GET /api/me, then, once it names the active band, that band and, on the home, its dashboard.
 */
interface EarlyWindow {
  btEarly?: Record<string, Promise<Response> | undefined>;
}

/**
 * Serves the first GET of a URL boot.js already asked for with that answer, once: later requests go
 * to the network. It settles as the network would: in a task of its own (an answer already in would
 * otherwise run the whole start-up in one long task), a non-2xx (or no answer, status 0) failing with
 * an HttpErrorResponse, so the interceptors before it see no difference.
 */
export const earlyResponseInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.method !== 'GET' || request.responseType !== 'json') return next(request);
  const early = takeEarlyResponse(inject(DOCUMENT).defaultView, request.urlWithParams);
  return early ? from(early) : next(request);
};

/** The answers still unclaimed once the first screen has settled are not fresh enough for later ones. */
export function forgetEarlyResponsesOnceStable(): void {
  const view = inject(DOCUMENT).defaultView as EarlyWindow | null;
  void inject(ApplicationRef)
    .whenStable()
    .then(() => delete view?.btEarly);
}

function takeEarlyResponse(view: Window | null, url: string): Promise<HttpResponse<unknown>> | null {
  const early = (view as EarlyWindow | null)?.btEarly;
  const answer = early?.[url];
  if (!early || !answer) return null;
  delete early[url];
  const settled = answer.then(
    async (response) => {
      const body: unknown = await response.json().catch(() => null);
      const read = { body, status: response.status, statusText: response.statusText, url };
      if (!response.ok) throw new HttpErrorResponse({ ...read, error: body });
      return new HttpResponse(read);
    },
    (error: unknown) => {
      throw new HttpErrorResponse({ status: 0, error, url });
    },
  );
  return settled.finally(() => yieldToMain(view));
}
