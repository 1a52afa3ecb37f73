import { seedRepertoireBand } from '../repertoire-fixture.js';
import { suggestionListRoute, voteRoutes } from '../repertoire-reference.js';
import type { Scenario } from '../scenario.js';
import { VoteLedger } from '../vote-ledger.js';

const MEMBERS = 100;
const SUGGESTIONS = 250;
const LIST_SHARE = 0.25;

let ledger: VoteLedger | undefined;

/** A band at rehearsal time: each member acts about once a second, mostly votes, sometimes the list. */
const scenario: Scenario = {
  description: `${MEMBERS} members each acting once a second (${100 - LIST_SHARE * 100} % votes and unvotes, ${LIST_SHARE * 100} % the 200-item list), ${SUGGESTIONS} suggestions`,

  async prepare(context) {
    const band = await seedRepertoireBand(context, { members: MEMBERS, suggestions: SUGGESTIONS });
    const votes = new VoteLedger(band);
    ledger = votes;
    const list = `/api/bands/${band.bandId}/suggestions?limit=200`;
    return {
      path: list,
      headers: { cookie: band.members[0]!.cookie! },
      connections: MEMBERS,
      interval: 1000,
      warmUpSeconds: 3,
      next: (member) =>
        Math.random() < LIST_SHARE
          ? { kind: 'list', method: 'GET', path: list, headers: { cookie: band.members[member]!.cookie! } }
          : votes.step(member),
    };
  },

  reference(server, db) {
    voteRoutes(server, db);
    suggestionListRoute(server, db);
  },

  verify: (db) => ledger!.verify(db),
};

export default scenario;
