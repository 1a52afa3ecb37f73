import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../backend/src/shared/application/ids.js';

/**
 * Rows of the identity, bands and repertoire contexts written straight into the database, for the contract tests of
 * another context's MikroORM adapters (which must not call those contexts).
 */
export const databaseRows = (em: EntityManager) => ({
  async person(displayName = 'someone'): Promise<string> {
    const id = newId();
    await em.execute(
      `insert into users (id, username, display_name, password_hash, created_at) values (?, ?, ?, 'x', now())`,
      [id, `u${id.slice(-12)}`, displayName],
    );
    return id;
  },

  /** A band with these users as plain members. */
  async bandOf(...memberIds: string[]): Promise<string> {
    const bandId = newId();
    await em.execute(`insert into bands (id, name, invite_code, created_at) values (?, 'B', ?, now())`, [
      bandId,
      bandId.slice(-11),
    ]);
    for (const userId of memberIds) {
      await em.execute(`insert into memberships (band_id, user_id, role, joined_at) values (?, ?, 'member', now())`, [
        bandId,
        userId,
      ]);
    }
    return bandId;
  },

  /** A song of the band's repertoire. */
  async song(bandId: string, title = 'Song'): Promise<string> {
    const id = newId();
    await em.execute(
      `insert into songs (id, band_id, title, created_at, search_text) values (?, ?, ?, now(), lower(?))`,
      [id, bandId, title, title],
    );
    return id;
  },

  async leave(bandId: string, userId: string): Promise<void> {
    await em.execute(`delete from memberships where band_id = ? and user_id = ?`, [bandId, userId]);
  },
});
