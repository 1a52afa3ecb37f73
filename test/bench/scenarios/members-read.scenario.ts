import type { Scenario } from '../scenario.js';
import { authenticate, roleOf, UUID } from '../reference-kit.js';

const MEMBERS = 12;
const CONNECTIONS = 20;

/** A member reads their band's member list: the session, the membership check, the list. */
const scenario: Scenario = {
  description: `authenticated GET /api/bands/{id}/members (${MEMBERS} members), ${CONNECTIONS} connections`,

  async prepare({ signUp }) {
    const founder = await signUp('Founder');
    const created = await founder.post('/api/bands', { name: 'Bench band' });
    if (created.status !== 201) throw new Error(`POST /api/bands answered ${created.status}`);
    const { id, inviteCode } = created.body.band as { id: string; inviteCode: string };
    for (let i = 1; i < MEMBERS; i++) {
      const member = await signUp(`Member ${i}`);
      const joined = await member.post('/api/bands/join', { inviteCode });
      if (joined.status !== 200) throw new Error(`POST /api/bands/join answered ${joined.status}`);
    }
    return {
      path: `/api/bands/${id}/members`,
      headers: { cookie: founder.cookie! },
      connections: CONNECTIONS,
    };
  },

  reference(server, db) {
    server.get<{ Params: { bandId: string } }>('/api/bands/:bandId/members', async (request, reply) => {
      const userId = await authenticate(request, reply, db);
      if (!userId) return reply;
      const { bandId } = request.params;
      if (!UUID.test(bandId)) return reply.code(400).send({ status: 400 });
      if (!(await roleOf(db, bandId, userId))) return reply.code(404).send({ status: 404 });
      const { rows } = await db.query<{ user_id: string; display_name: string; role: string; joined_at: Date }>({
        name: 'members-of-band',
        text: `select m.user_id, u.display_name, m.role, m.joined_at
                 from memberships m join users u on u.id = m.user_id
                where m.band_id = $1
                order by m.joined_at, m.user_id`,
        values: [bandId],
      });
      return rows.map((row) => ({
        userId: row.user_id,
        displayName: row.display_name,
        role: row.role,
        joinedAt: row.joined_at.toISOString(),
      }));
    });
  },
};

export default scenario;
