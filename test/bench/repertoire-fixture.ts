// Seeding for the repertoire scenarios: members through the API (each keeps a session), suggestions
// and votes in bulk with SQL (generate_series), since 100,000 suggestions through the API would take long.
import type { ApiClient } from '../support/api-client.js';
import type { BenchContext } from './scenario.js';

export interface RepertoireBand {
  bandId: string;
  /** The founder first, then the members who joined. */
  members: ApiClient[];
  /** Suggestion ids, newest first. */
  suggestions: string[];
}

/** A band of `members` (founder included) with `suggestions` suggestions, every third with a YouTube link. */
export async function seedRepertoireBand(
  { signUp, sql }: BenchContext,
  size: { members: number; suggestions: number },
): Promise<RepertoireBand> {
  const founder = await signUp('Founder');
  const created = await founder.post('/api/bands', { name: 'Bench band' });
  if (created.status !== 201) throw new Error(`POST /api/bands answered ${created.status}`);
  const { id: bandId, inviteCode } = created.body.band as { id: string; inviteCode: string };
  const members = [founder];
  for (let i = 1; i < size.members; i += 10) {
    const batch = Array.from({ length: Math.min(10, size.members - i) }, async (_, j) => {
      const member = await signUp(`Member ${i + j}`);
      const joined = await member.post('/api/bands/join', { inviteCode });
      if (joined.status !== 200) throw new Error(`POST /api/bands/join answered ${joined.status}`);
      return member;
    });
    members.push(...(await Promise.all(batch)));
  }
  const { rows } = await sql.query<{ id: string }>(
    `insert into suggestions (id, band_id, title, artist, links, created_by, created_at, vote_count, search_text)
     select gen_random_uuid(), $1, 'Song ' || i, 'Artist ' || (i % 97),
            case when i % 3 = 0 then array['https://www.youtube.com/watch?v=0J2QdDbelmY'] else '{}' end,
            (select user_id from memberships where band_id = $1 and role = 'admin' limit 1),
            timestamptz '2026-01-01' + i * interval '1 second', 0, 'song ' || i || ' artist ' || (i % 97)
       from generate_series(1, $2::int) i
      order by i desc
     returning id`,
    [bandId, size.suggestions],
  );
  return { bandId, members, suggestions: rows.map((row) => row.id) };
}

/** Each member votes for each suggestion with probability `share`; the counts are set to match. */
export async function seedVotes({ sql }: BenchContext, bandId: string, share: number): Promise<void> {
  await sql.query(
    `insert into votes (suggestion_id, user_id, created_at)
     select s.id, m.user_id, now() from suggestions s join memberships m on m.band_id = s.band_id
      where s.band_id = $1 and random() < $2`,
    [bandId, share],
  );
  await sql.query(
    `update suggestions s set vote_count = (select count(*) from votes v where v.suggestion_id = s.id)
      where s.band_id = $1`,
    [bandId],
  );
}
