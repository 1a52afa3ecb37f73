import { HttpResourceRequest } from '@angular/common/http';

import { bandUrl } from '../core/band/band-url';

/** GET one page of the band's activity log, newest first (the service worker keeps each page read). */
export function activityPageRequest(bandId: string, cursor: string | null): HttpResourceRequest {
  return { url: bandUrl(bandId, 'activity'), params: cursor ? { cursor } : {} };
}
