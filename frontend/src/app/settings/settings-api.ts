import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { ChangePasswordRequest, DeleteAccountRequest } from '../core/api/api-types';

/** Account calls of the settings screen (profile and preferences go through SessionStore). */
@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.put<void>('/api/me/password', body);
  }

  deleteAccount(body: DeleteAccountRequest): Observable<void> {
    return this.http.delete<void>('/api/me', { body });
  }
}
