import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { createHash } from 'node:crypto';

const SESSION_COOKIE = /(?:^|;\s*)bt_session=([A-Za-z0-9_-]{43})(?:;|$)/;
const TOUCH_INTERVAL_MS = 60_000;
const IDLE_LIFETIME_MS = 7 * 24 * 3_600_000;

interface SessionRow {
  id: string;
  user_id: string;

  idle_expires_at: Date;
  absolute_expires_at: Date;
}

/**
 * The session check of a bare route, doing what the app's guard does: one lookup by token hash (a
 * named prepared statement, as the app sends it), the idle expiry written when it moves by a minute. Answers 401 itself and returns null when there is no session.
 */
export async function authenticate(request: FastifyRequest, reply: FastifyReply, db: pg.Pool): Promise<string | null> {
  const token = SESSION_COOKIE.exec(request.headers.cookie ?? '')?.[1];
  const hash = token ? createHash('sha256').update(token).digest('hex') : undefined;
  const { rows } = hash
    ? await db.query<SessionRow>({
        name: 'session-by-token-hash',
        text: 'select id, user_id, idle_expires_at, absolute_expires_at from sessions where token_hash = $1',
        values: [hash],
      })
    : { rows: [] };
  const session = rows[0];
  const now = Date.now();
  if (!session || now >= session.idle_expires_at.getTime() || now >= session.absolute_expires_at.getTime()) {
    await reply.code(401).send({ status: 401 });
    return null;
  }
  const idle = Math.min(now + IDLE_LIFETIME_MS, session.absolute_expires_at.getTime());
  if (idle - session.idle_expires_at.getTime() >= TOUCH_INTERVAL_MS) {
    await db.query('update sessions set idle_expires_at = $2 where id = $1', [session.id, new Date(idle)]);
  }
  return session.user_id;
}

/** The membership check of BandAccess (the role, or null for a non-member), prepared as the app sends it. */
export async function roleOf(db: pg.Pool, bandId: string, userId: string): Promise<string | null> {
  const { rows } = await db.query<{ role: string }>({
    name: 'role-of-member',
    text: 'select role from memberships where band_id = $1 and user_id = $2',
    values: [bandId, userId],
  });
  return rows[0]?.role ?? null;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
