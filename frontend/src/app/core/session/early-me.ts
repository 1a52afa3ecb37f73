import { HttpErrorResponse } from '@angular/common/http';

import { MeResponse } from '../api/api-types';

/** Where boot.js leaves the GET /api/me it started beside main's download (signed-in hint only). */
interface EarlyMeWindow {
  btMe?: Promise<Response>;
}

/**
 * Takes the answer boot.js asked for, once: later loads ask again. It settles as HttpClient's would,
 * a non-2xx (or no answer, status 0) rejecting with an HttpErrorResponse. Null when boot.js asked nothing.
 */
export function takeEarlyMe(view: Window | null): Promise<MeResponse> | null {
  const holder = view as EarlyMeWindow | null;
  const early = holder?.btMe;
  if (!holder || !early) return null;
  delete holder.btMe;
  return early.then(
    async (response) => {
      if (!response.ok) throw new HttpErrorResponse({ status: response.status, url: '/api/me' });
      return (await response.json()) as MeResponse;
    },
    (error: unknown) => {
      throw new HttpErrorResponse({ status: 0, error, url: '/api/me' });
    },
  );
}
