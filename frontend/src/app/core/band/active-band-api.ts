import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { Band } from '../api/api-types';

/** The active band's own resource; the bands feature (bands/bands-api.ts) has the other calls. */
@Injectable({ providedIn: 'root' })
export class ActiveBandApi {
  private readonly http = inject(HttpClient);

  /** GET /api/bands/{id}: kept by the service worker (api-reads data group) for offline reading. */
  getBand(bandId: string): Observable<Band> {
    return this.http.get<Band>(`/api/bands/${encodeURIComponent(bandId)}`);
  }
}
