import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { ActiveBandResponse, MeResponse, UpdateMeRequest } from '../api/api-types';

/** The signed-in user's own resource and the end of the session. */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(HttpClient);

  getMe(): Observable<MeResponse> {
    return this.http.get<MeResponse>('/api/me');
  }

  updateMe(body: UpdateMeRequest): Observable<unknown> {
    return this.http.patch<unknown>('/api/me', body);
  }

  /** The band every band screen shows (PUT /api/me/active-band). */
  setActiveBand(bandId: string): Observable<ActiveBandResponse> {
    return this.http.put<ActiveBandResponse>('/api/me/active-band', { bandId });
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null);
  }
}
