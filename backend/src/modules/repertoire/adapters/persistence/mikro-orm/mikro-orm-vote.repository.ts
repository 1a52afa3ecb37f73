import { Injectable } from '@nestjs/common';
import {
  PreparedStatements,
  preparedStatement,
  preparedStatementFamily,
} from '../../../../../shared/adapters/prepared-statements.js';
import { notAMember } from './not-a-member.js';
import type { VoteRepository } from '../../../application/ports/vote.repository.js';
import type { Vote, VoteTally } from '../../../domain/vote.js';

// One statement each, in autocommit (ADR 0018). `target` is the suggestion, only when the voter is a
// member of its band; the vote is written or removed, and the count moves by what changed, in the same
// statement. The UPDATE always runs: it waits for a concurrent vote on the same row, then answers the
// count that vote left, so every caller gets an exact figure. `npm run bench`'s reference sends the same
// statements.
export const CAST = preparedStatement(
  'cast-vote',
  `
with target as (
  select s.id from suggestions s
    join memberships m on m.band_id = s.band_id and m.user_id = ?
   where s.id = ?
), changed as (
  insert into votes (suggestion_id, user_id, created_at)
  select id, ?, ? from target
  on conflict do nothing
  returning suggestion_id
)
update suggestions s set vote_count = s.vote_count + (select count(*) from changed)
  from target where s.id = target.id
returning s.band_id, s.vote_count, (select count(*) from changed) as changed`,
);

export const WITHDRAW = preparedStatement(
  'withdraw-vote',
  `
with target as (
  select s.id from suggestions s
    join memberships m on m.band_id = s.band_id and m.user_id = ?
   where s.id = ?
), changed as (
  delete from votes v using target
   where v.suggestion_id = target.id and v.user_id = ?
  returning v.suggestion_id
)
update suggestions s set vote_count = s.vote_count - (select count(*) from changed)
  from target where s.id = target.id
returning s.band_id, s.vote_count, (select count(*) from changed) as changed`,
);

// A former member's votes (found through votes_user_id_index), each count down by one, in one statement
// like the two above.
const withdrawAllVariant = preparedStatementFamily('withdraw-all-votes');
const withdrawAllOf = (inBand: boolean) =>
  withdrawAllVariant(
    inBand ? 'band' : 'every-band',
    `
with released as (
  delete from votes v using suggestions s
   where v.user_id = ? and s.id = v.suggestion_id ${inBand ? 'and s.band_id = ?' : ''}
     and ${notAMember('v.user_id')}
  returning v.suggestion_id
)
update suggestions s set vote_count = s.vote_count - 1 from released where s.id = released.suggestion_id`,
  );

// Everyone's votes where the voter is not a member of the suggestion's band, each count down by how many
// of its votes went.
const WITHDRAW_ALL_OF_FORMER_MEMBERS = preparedStatement(
  'withdraw-votes-of-former-members',
  `
with released as (
  delete from votes v using suggestions s
   where s.id = v.suggestion_id
     and ${notAMember('v.user_id')}
  returning v.suggestion_id
), counted as (
  select suggestion_id, count(*)::int as released from released group by suggestion_id
), updated as (
  update suggestions s set vote_count = s.vote_count - counted.released
    from counted where s.id = counted.suggestion_id
  returning counted.released
)
select coalesce(sum(released), 0)::int as released from updated`,
);

interface TallyRow {
  band_id: string;
  vote_count: number;
  changed: string;
}

@Injectable()
export class MikroOrmVoteRepository implements VoteRepository {
  constructor(private readonly statements: PreparedStatements) {}

  async cast(vote: Vote, now: Date): Promise<VoteTally | null> {
    return toTally(await this.statements.rows<TallyRow>(CAST, [vote.memberId, vote.suggestionId, vote.memberId, now]));
  }

  async withdraw(vote: Vote): Promise<VoteTally | null> {
    return toTally(await this.statements.rows<TallyRow>(WITHDRAW, [vote.memberId, vote.suggestionId, vote.memberId]));
  }

  async withdrawAllOf(memberId: string, bandId: string | null): Promise<void> {
    await this.statements.rows(withdrawAllOf(bandId !== null), bandId ? [memberId, bandId] : [memberId]);
  }

  async withdrawAllOfFormerMembers(): Promise<number> {
    const [row] = await this.statements.rows<{ released: number }>(WITHDRAW_ALL_OF_FORMER_MEMBERS, []);
    return row!.released;
  }
}

function toTally([row]: TallyRow[]): VoteTally | null {
  if (!row) return null;
  return { bandId: row.band_id, votes: row.vote_count, changed: Number(row.changed) > 0 };
}
