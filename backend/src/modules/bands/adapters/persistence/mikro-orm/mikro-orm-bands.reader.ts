import { Injectable } from '@nestjs/common';
import { isoTimestamp } from '../../../../../shared/adapters/postgres-timestamp.js';
import { PreparedStatements, preparedStatement } from '../../../../../shared/adapters/prepared-statements.js';
import type {
  BandsReader,
  BandView,
  InvitationView,
  MemberView,
  MyBandView,
} from '../../../application/ports/bands.reader.js';
import type { Role } from '../../../domain/role.js';
import { BAND_VIEW_COLUMNS, type BandViewRow, toBandView } from './band-view-row.js';

/** BandAccess asks it before any band's data is read or written, in every context. */
const ROLE_OF_MEMBER = preparedStatement(
  'role-of-member',
  'select role from memberships where band_id = ? and user_id = ?',
);

const BANDS_OF_MEMBER = preparedStatement(
  'bands-of-member',
  `select b.id, b.name, m.role, (select count(*) from memberships c where c.band_id = b.id) as member_count
     from memberships m join bands b on b.id = m.band_id
    where m.user_id = ?
    order by m.joined_at, b.id`,
);

const BAND = preparedStatement('band', `select ${BAND_VIEW_COLUMNS} from bands where id = ?`);

const MEMBERS_OF_BAND = preparedStatement(
  'members-of-band',
  `select m.user_id, u.display_name, m.role, m.joined_at
     from memberships m join users u on u.id = m.user_id
    where m.band_id = ?
    order by m.joined_at, m.user_id`,
);

const INVITATION = preparedStatement(
  'invitation',
  `select b.name, (select count(*) from memberships m where m.band_id = b.id) as member_count
     from bands b
    where b.invite_code = ?`,
);

const ACTIVE_BAND_OF_MEMBER = preparedStatement(
  'active-band-of-member',
  `select a.band_id from active_bands a
     join memberships m on m.band_id = a.band_id and m.user_id = a.user_id
    where a.user_id = ?`,
);

/** Each view in one statement, on the primary keys and the memberships_user_id index. */
@Injectable()
export class MikroOrmBandsReader implements BandsReader {
  constructor(private readonly statements: PreparedStatements) {}

  async roleOf(userId: string, bandId: string): Promise<Role | null> {
    const [row] = await this.statements.rows<{ role: Role }>(ROLE_OF_MEMBER, [bandId, userId]);
    return row?.role ?? null;
  }

  async myBands(userId: string): Promise<MyBandView[]> {
    const rows = await this.statements.rows<{ id: string; name: string; role: Role; member_count: string }>(
      BANDS_OF_MEMBER,
      [userId],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, role: row.role, memberCount: Number(row.member_count) }));
  }

  async band(bandId: string): Promise<BandView | null> {
    const [row] = await this.statements.rows<BandViewRow>(BAND, [bandId]);
    return row ? toBandView(row) : null;
  }

  async members(bandId: string): Promise<MemberView[]> {
    const rows = await this.statements.rows<{ user_id: string; display_name: string; role: Role; joined_at: string }>(
      MEMBERS_OF_BAND,
      [bandId],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      role: row.role,
      joinedAt: isoTimestamp(row.joined_at),
    }));
  }

  async invitation(inviteCode: string): Promise<InvitationView | null> {
    const [row] = await this.statements.rows<{ name: string; member_count: string }>(INVITATION, [inviteCode]);
    return row ? { bandName: row.name, memberCount: Number(row.member_count) } : null;
  }

  async activeBandId(userId: string): Promise<string | null> {
    const [row] = await this.statements.rows<{ band_id: string }>(ACTIVE_BAND_OF_MEMBER, [userId]);
    return row?.band_id ?? null;
  }
}
