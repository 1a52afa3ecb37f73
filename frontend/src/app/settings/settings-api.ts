import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { CalendarToken, ChangePasswordRequest, DeleteAccountRequest } from '../core/api/api-types';

/** Account calls of the settings screen (profile and preferences go through SessionStore). */
@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.put<void>('/api/me/password', body);
  }

  /** A new secret address of my calendar feed; the one given before stops working. */
  issueCalendarToken(): Observable<CalendarToken> {
    return this.http.post<CalendarToken>('/api/me/calendar-token', {});
  }

  /** No address of my calendar feed works any more. */
  revokeCalendarToken(): Observable<void> {
    return this.http.delete<void>('/api/me/calendar-token');
  }

  deleteAccount(body: DeleteAccountRequest): Observable<void> {
    return this.http.delete<void>('/api/me', { body });
  }
}
