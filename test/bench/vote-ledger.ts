import type pg from 'pg';
import type { Step } from './load.js';
import type { RepertoireBand } from './repertoire-fixture.js';

/**
 * What each member's last acknowledged action on each suggestion was, kept client-side while the
 * members vote and unvote, then compared with the database. A member's requests are sent one after the
 * other (one member is never on two connections at once), so the last answer is the last write.
 */
export class VoteLedger {
  private readonly voted = new Map<string, boolean>();
  /** Pairs whose last request failed: either outcome is possible. */
  private readonly unsure = new Set<string>();
  private acknowledged = 0;

  constructor(private readonly band: RepertoireBand) {}

  /** Member `member` votes or takes back their vote (at random) on a random suggestion. */
  step(member: number): Step {
    const suggestion = Math.floor(Math.random() * this.band.suggestions.length);
    const vote = Math.random() < 0.5;
    return {
      kind: 'vote',
      ...this.request(member, suggestion, vote),
      settled: (status) => this.settle(member, suggestion, vote, status),
    };
  }

  request(member: number, suggestion: number, vote: boolean): Pick<Step, 'method' | 'path' | 'headers'> {
    return {
      method: vote ? 'POST' : 'DELETE',
      path: `/api/suggestions/${this.band.suggestions[suggestion]}/vote`,
      headers: { cookie: this.band.members[member]!.cookie! },
    };
  }

  settle(member: number, suggestion: number, vote: boolean, status: number): void {
    const key = `${member}:${suggestion}`;
    if (status >= 200 && status < 300) {
      this.voted.set(key, vote);
      this.unsure.delete(key);
      this.acknowledged += 1;
    } else {
      this.unsure.add(key);
    }
  }

  /**
   * Each suggestion's vote_count, then its count(*) of vote rows, against the members whose last
   * acknowledged action was a vote: "0 lost, 0 double-counted ..." or an Error saying what differs.
   */
  async verify(db: pg.Pool): Promise<string> {
    const { rows } = await db.query<{ id: string; vote_count: number; votes: number }>(
      `select s.id, s.vote_count, (select count(*) from votes v where v.suggestion_id = s.id)::int as votes
         from suggestions s where s.band_id = $1`,
      [this.band.bandId],
    );
    const index = new Map(this.band.suggestions.map((id, i) => [id, i]));
    let lost = 0;
    let doubled = 0;
    let rowsOff = 0;
    for (const row of rows) {
      const suggestion = index.get(row.id)!;
      let sure = 0;
      let unsure = 0;
      for (let member = 0; member < this.band.members.length; member++) {
        const key = `${member}:${suggestion}`;
        if (this.unsure.has(key)) unsure += 1;
        else if (this.voted.get(key)) sure += 1;
      }
      lost += Math.max(0, sure - row.vote_count);
      doubled += Math.max(0, row.vote_count - sure - unsure);
      if (row.votes < sure || row.votes > sure + unsure) rowsOff += 1;
    }
    const line =
      `${lost} lost, ${doubled} double-counted; the vote rows ${rowsOff === 0 ? 'match' : `differ on ${rowsOff} suggestion(s)`} ` +
      `(${rows.length} suggestions, ${this.band.members.length} members, ${this.acknowledged} acknowledged votes and unvotes, ` +
      `${this.unsure.size} unsure after a failed request)`;
    if (lost + doubled + rowsOff > 0) throw new Error(`vote counts are wrong: ${line}`);
    return line;
  }
}
