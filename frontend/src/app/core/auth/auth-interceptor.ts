import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { SessionStore } from '../session/session-store';
import { endExpiredSession } from './session-expiry';

/**
 * A 401 from the API means the session is over (expired, revoked elsewhere): forget the user and
 * send them to /login?returnUrl=<current page>. Not for GET /api/me (the session store reads its
 * 401 as "signed out") nor the /api/auth/* routes (a wrong password is the login page's business).
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isSessionBound(request.method, request.url)) return next(request);
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) endExpiredSession(session, router);
      return throwError(() => error);
    }),
  );
};

function isSessionBound(method: string, url: string): boolean {
  const path = pathOf(url);
  if (path === null || !path.startsWith('/api/')) return false;
  if (path.startsWith('/api/auth/')) return false;
  if (path === '/api/me' && method === 'GET') return false;
  return true;
}

/** The path of a same-origin URL (relative, or absolute on this origin); null for other origins. */
function pathOf(url: string): string | null {
  try {
    const base = globalThis.location?.origin ?? 'http://localhost';
    const parsed = new URL(url, base);
    return parsed.origin === base ? parsed.pathname : null;
  } catch {
    return null;
  }
}
