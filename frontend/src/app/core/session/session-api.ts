import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { MeResponse, UpdateMeRequest } from '../api/api-types';

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

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null);
  }
}
