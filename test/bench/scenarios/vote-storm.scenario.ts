import type { Load } from '../load.js';
import { seedRepertoireBand } from '../repertoire-fixture.js';
import { voteRoutes } from '../repertoire-reference.js';
import type { Scenario } from '../scenario.js';
import { VoteLedger } from '../vote-ledger.js';

const MEMBERS = 100;
const SUGGESTIONS = 50;

let ledger: VoteLedger | undefined;

/** The whole band votes and unvotes at once, back to back; afterwards every count must be exact. */
const scenario: Scenario = {
  description: `${MEMBERS} members of one band voting and unvoting ${SUGGESTIONS} suggestions at random (POST and DELETE /api/suggestions/{id}/vote), no pause`,

  async prepare(context) {
    const band = await seedRepertoireBand(context, { members: MEMBERS, suggestions: SUGGESTIONS });
    const votes = new VoteLedger(band);
    ledger = votes;
    // The answers compared first: member 0 votes for suggestion 0 (twice, once per server: the same count).
    votes.settle(0, 0, true, 200);
    return [20, 100].map((connections): Load => {
      // Connection c speaks for members c, c + connections, ... in turn: one member, one request at a time.
      const turns = Array.from({ length: connections }, () => 0);
      return {
        name: `${connections} connections`,
        ...votes.request(0, 0, true),
        connections,
        seconds: 6,
        warmUpSeconds: 3,
        next: (connection) => {
          const own = Math.ceil((MEMBERS - connection) / connections);
          const member = connection + connections * (turns[connection]++ % own);
          return votes.step(member);
        },
      };
    });
  },

  reference: voteRoutes,

  verify: (db) => ledger!.verify(db),
};

export default scenario;
