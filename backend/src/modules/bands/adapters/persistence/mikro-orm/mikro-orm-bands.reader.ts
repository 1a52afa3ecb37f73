import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type {
  BandsReader,
  BandView,
  InvitationView,
  MemberView,
  MyBandView,
} from '../../../application/ports/bands.reader.js';
import type { Role } from '../../../domain/role.js';
import { BAND_VIEW_COLUMNS, type BandViewRow, toBandView } from './band-view-row.js';

/** Each view in one statement, on the primary keys and the memberships_user_id index. */
@Injectable()
export class MikroOrmBandsReader implements BandsReader {
  constructor(private readonly em: EntityManager) {}

  async roleOf(userId: string, bandId: string): Promise<Role | null> {
    const [row] = await this.em.execute<{ role: Role }[]>(
      'select role from memberships where band_id = ? and user_id = ?',
      [bandId, userId],
    );
    return row?.role ?? null;
  }

  async myBands(userId: string): Promise<MyBandView[]> {
    const rows = await this.em.execute<{ id: string; name: string; role: Role; member_count: string }[]>(
      `select b.id, b.name, m.role, (select count(*) from memberships c where c.band_id = b.id) as member_count
         from memberships m join bands b on b.id = m.band_id
        where m.user_id = ?
        order by m.joined_at, b.id`,
      [userId],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, role: row.role, memberCount: Number(row.member_count) }));
  }

  async band(bandId: string): Promise<BandView | null> {
    const [row] = await this.em.execute<BandViewRow[]>(`select ${BAND_VIEW_COLUMNS} from bands where id = ?`, [bandId]);
    return row ? toBandView(row) : null;
  }

  async members(bandId: string): Promise<MemberView[]> {
    const rows = await this.em.execute<{ user_id: string; display_name: string; role: Role; joined_at: Date }[]>(
      `select m.user_id, u.display_name, m.role, m.joined_at
         from memberships m join users u on u.id = m.user_id
        where m.band_id = ?
        order by m.joined_at, m.user_id`,
      [bandId],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      role: row.role,
      joinedAt: new Date(row.joined_at),
    }));
  }

  async invitation(inviteCode: string): Promise<InvitationView | null> {
    const [row] = await this.em.execute<{ name: string; member_count: string }[]>(
      `select b.name, (select count(*) from memberships m where m.band_id = b.id) as member_count
         from bands b
        where b.invite_code = ?`,
      [inviteCode],
    );
    return row ? { bandName: row.name, memberCount: Number(row.member_count) } : null;
  }

  async activeBandId(userId: string): Promise<string | null> {
    const [row] = await this.em.execute<{ band_id: string }[]>(
      `select a.band_id from active_bands a
         join memberships m on m.band_id = a.band_id and m.user_id = a.user_id
        where a.user_id = ?`,
      [userId],
    );
    return row?.band_id ?? null;
  }
}
