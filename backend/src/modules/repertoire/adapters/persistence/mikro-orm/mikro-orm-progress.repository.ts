import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PreparedStatements, preparedStatement } from '../../../../../shared/adapters/prepared-statements.js';
import { notAMember } from './not-a-member.js';
import type { ProgressRepository } from '../../../application/ports/progress.repository.js';
import type { MemberProgress } from '../../../domain/member-progress.js';

// Everyone's levels on the songs of a band they are not a member of (the trigger keeps each song's figures).
const DELETE_ALL_OF_FORMER_MEMBERS = preparedStatement(
  'delete-progress-of-former-members',
  `
with released as (
  delete from member_progress p using songs s
   where s.id = p.song_id
     and ${notAMember('p.user_id')}
  returning 1
)
select count(*)::int as released from released`,
);

/** One upsert; an undefined note leaves the stored one as it is. A song deleted meanwhile is skipped. */
@Injectable()
export class MikroOrmProgressRepository implements ProgressRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

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
          and ${notAMember('p.user_id')}`,
      bandId ? [memberId, bandId] : [memberId],
    );
  }

  async deleteAllOfFormerMembers(): Promise<number> {
    const [row] = await this.statements.rows<{ released: number }>(DELETE_ALL_OF_FORMER_MEMBERS, []);
    return row!.released;
  }
}
