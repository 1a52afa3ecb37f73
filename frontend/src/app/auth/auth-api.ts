import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { AuthResponse, LoginRequest, RegisterRequest, ResetPasswordRequest } from '../core/api/api-types';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterRequest): Observable<AuthResponse> {
    return this.http.post<AuthResponse>('/api/auth/register', body);
  }

  login(body: LoginRequest): Observable<AuthResponse> {
    return this.http.post<AuthResponse>('/api/auth/login', body);
  }

  /** The operator's one-time link (npm run user -- reset-password): every session of the account ends. */
  resetPassword(body: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/reset-password', body);
  }
}
