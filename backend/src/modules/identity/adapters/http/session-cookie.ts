import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config.js';
import type { OpenedSession } from '../../application/authenticated-session.js';

export const SESSION_COOKIE = 'bt_session';
/**
 * Beside the HttpOnly session cookie, one the PWA can read: `1` while a session is open, no secret in
 * it. A page without it loads as a guest at once, without asking GET /api/me for a 401 (which the
 * browser would log as an error). It may outlive its session (expired, revoked elsewhere): the PWA
 * then gets a 401 from /api/me once, and deletes it.
 */
export const SIGNED_IN_COOKIE = 'bt_signed_in';

/** Writes and clears the `bt_session` cookie exactly as the security model says, and its hint. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(request: FastifyRequest): string | undefined {
    return request.cookies[SESSION_COOKIE];
  }

  set(reply: FastifyReply, session: OpenedSession): void {
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: this.config.cookieSecure,
      expires: session.expiresAt,
    });
    reply.setCookie(SIGNED_IN_COOKIE, '1', {
      httpOnly: false,
      sameSite: 'lax',
      path: '/',
      secure: this.config.cookieSecure,
      expires: session.expiresAt,
    });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: this.config.cookieSecure });
    reply.clearCookie(SIGNED_IN_COOKIE, { sameSite: 'lax', path: '/', secure: this.config.cookieSecure });
  }
}
