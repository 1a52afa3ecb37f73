import type { Load } from '../load.js';
import { seedRepertoireBand } from '../repertoire-fixture.js';
import { suggestionListRoute } from '../repertoire-reference.js';
import type { Scenario } from '../scenario.js';

const SIZES = [1_000, 100_000];
const CONNECTIONS = 4;

/** The first page (50) of a small and of a huge band's suggestions: the keyset must not care. */
const scenario: Scenario = {
  description: `first page of GET /api/bands/{id}/suggestions at ${SIZES.join(' and ')} suggestions: by votes, by date, with ?q=, ${CONNECTIONS} connections`,

  async prepare(context) {
    const loads: Load[] = [];
    for (const size of SIZES) {
      const band = await seedRepertoireBand(context, { members: 2, suggestions: size });
      // Counts spread over 0-49 without vote rows: only the order matters here, no count is checked.
      await context.sql.query(`update suggestions set vote_count = abs(hashtext(id::text)) % 50 where band_id = $1`, [
        band.bandId,
      ]);
      await context.sql.query('analyze suggestions');
      const base = `/api/bands/${band.bandId}/suggestions`;
      for (const [label, query] of [
        ['by votes', ''],
        ['by date', '?sort=recent'],
        ['q=artist 42, by votes', '?q=artist%2042'],
      ] as const) {
        loads.push({
          name: `${size.toLocaleString('en')} suggestions, ${label}`,
          path: base + query,
          headers: { cookie: band.members[1]!.cookie! },
          connections: CONNECTIONS,
          seconds: 3,
          warmUpSeconds: 2,
        });
      }
    }
    return loads;
  },

  reference: suggestionListRoute,
};

export default scenario;
