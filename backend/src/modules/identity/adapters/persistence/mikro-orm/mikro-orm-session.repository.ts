import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PreparedStatements, preparedStatement } from '../../../../../shared/adapters/prepared-statements.js';
import type { SessionRepository } from '../../../application/ports/session.repository.js';
import { Session } from '../../../domain/session.js';
import { SessionRecord } from './session.schema.js';

/** Raw rows: MikroORM's pg setup keeps timestamps as text. */
interface SessionRow {
  id: string;
  user_id: string;
  created_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
}

/** Every authenticated request sends it: on the token hash's unique index. */
const SESSION_BY_TOKEN_HASH = preparedStatement(
  'session-by-token-hash',
  `select id, user_id, created_at, idle_expires_at, absolute_expires_at
     from sessions where token_hash = ?`,
);

/** The live sockets' check after a revocation (ADR 0045): the ids travel as one comma-separated text. */
const ACTIVE_SESSIONS = preparedStatement(
  'active-sessions',
  `select id from sessions
    where id = any(string_to_array(?, ',')::uuid[]) and idle_expires_at > ? and absolute_expires_at > ?`,
);

@Injectable()
export class MikroOrmSessionRepository implements SessionRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  async save(session: Session): Promise<void> {
    const { userId, ...state } = session.snapshot();
    await this.em.upsert(
      SessionRecord,
      { ...state, user: userId },
      { onConflictFields: ['id'], onConflictAction: 'merge' },
    );
  }

  /**
   * One statement. FOR SHARE waits for a password change in progress on the user's row, then reads
   * the hash it committed: the new session is then refused. A session added first is one that the
   * change's revocation sees.
   */
  async addIfPasswordUnchanged(session: Session, verifiedHash: string): Promise<boolean> {
    const { id, userId, tokenHash, createdAt, idleExpiresAt, absoluteExpiresAt } = session.snapshot();
    const added = await this.em.execute<{ id: string }[]>(
      `insert into sessions (id, user_id, token_hash, created_at, idle_expires_at, absolute_expires_at)
       select ?, u.id, ?, ?, ?, ? from (select id from users where id = ? and password_hash = ? for share) u
       returning id`,
      [id, tokenHash, createdAt, idleExpiresAt, absoluteExpiresAt, userId, verifiedHash],
    );
    return added.length === 1;
  }

  async saveIdleExpiry(session: Session): Promise<void> {
    await this.em.execute('update sessions set idle_expires_at = ? where id = ?', [session.idleExpiresAt, session.id]);
  }

  async findByTokenHash(tokenHash: string): Promise<Session | null> {
    const [row] = await this.statements.rows<SessionRow>(SESSION_BY_TOKEN_HASH, [tokenHash]);
    if (!row) return null;
    return Session.restore({
      id: row.id,
      userId: row.user_id,
      tokenHash,
      createdAt: new Date(row.created_at),
      idleExpiresAt: new Date(row.idle_expires_at),
      absoluteExpiresAt: new Date(row.absolute_expires_at),
    });
  }

  async activeAmong(ids: readonly string[], now: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.statements.rows<{ id: string }>(ACTIVE_SESSIONS, [ids.join(','), now, now]);
    return rows.map((row) => row.id);
  }

  async delete(id: string): Promise<void> {
    await this.em.nativeDelete(SessionRecord, { id });
  }

  async deleteExpiredOfUser(userId: string, now: Date): Promise<void> {
    await this.em.nativeDelete(SessionRecord, {
      user: userId,
      $or: [{ idleExpiresAt: { $lte: now } }, { absoluteExpiresAt: { $lte: now } }],
    });
  }

  async deleteAllOfUser(userId: string, except?: string): Promise<void> {
    await this.em.nativeDelete(SessionRecord, except ? { user: userId, id: { $ne: except } } : { user: userId });
  }
}
