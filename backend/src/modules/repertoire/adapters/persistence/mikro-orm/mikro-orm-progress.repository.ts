import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ProgressRepository } from '../../../application/ports/progress.repository.js';
import type { MemberProgress } from '../../../domain/member-progress.js';

/** One upsert; an undefined note leaves the stored one as it is. A song deleted meanwhile is skipped. */
@Injectable()
export class MikroOrmProgressRepository implements ProgressRepository {
  constructor(private readonly em: EntityManager) {}

  async save(progress: MemberProgress): Promise<void> {
    const { songId, memberId, level, note, updatedAt } = progress.snapshot();
    await this.em.execute(
      `insert into member_progress (song_id, user_id, level, note, updated_at)
       select id, ?, ?, ?, ? from songs where id = ?
       on conflict (song_id, user_id) do update
         set level = excluded.level, updated_at = excluded.updated_at
             ${note === undefined ? '' : ', note = excluded.note'}`,
      [memberId, level, note ?? null, updatedAt, songId],
    );
  }

  async deleteAllOf(memberId: string, bandId: string | null): Promise<void> {
    await this.em.execute(
      `delete from member_progress p using songs s
        where p.user_id = ? and s.id = p.song_id ${bandId ? 'and s.band_id = ?' : ''}
          and not exists (select 1 from memberships m where m.band_id = s.band_id and m.user_id = p.user_id)`,
      bandId ? [memberId, bandId] : [memberId],
    );
  }
}
