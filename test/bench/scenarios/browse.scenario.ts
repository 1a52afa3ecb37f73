import type { Load } from '../load.js';
import { seedRepertoireBand, seedVotes } from '../repertoire-fixture.js';
import { suggestionListRoute } from '../repertoire-reference.js';
import type { Scenario } from '../scenario.js';

const MEMBERS = 20;
const SUGGESTIONS = 250;

/** A member reads the 200 most voted suggestions of the band, over and over. */
const scenario: Scenario = {
  description: `GET /api/bands/{id}/suggestions?limit=200 (${SUGGESTIONS} suggestions, ${MEMBERS} members voting 30 %), sorted by votes`,

  async prepare(context) {
    const band = await seedRepertoireBand(context, { members: MEMBERS, suggestions: SUGGESTIONS });
    await seedVotes(context, band.bandId, 0.3);
    return [20, 100].map((connections): Load => ({
      name: `${connections} connections`,
      path: `/api/bands/${band.bandId}/suggestions?limit=200`,
      headers: { cookie: band.members[1]!.cookie! },
      connections,
      seconds: 6,
      warmUpSeconds: 3,
    }));
  },

  reference: suggestionListRoute,
};

export default scenario;
