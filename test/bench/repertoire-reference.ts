// The bare routes of the repertoire scenarios: the vote and the suggestions list, sending the app's own
// statements (imported from its adapters, sent prepared under the same names) after the same session and
// membership checks.
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import {
  CAST,
  WITHDRAW,
} from '../../backend/src/modules/repertoire/adapters/persistence/mikro-orm/mikro-orm-vote.repository.js';
import {
  suggestionListStatement,
  suggestionView,
  type SuggestionRow,
} from '../../backend/src/modules/repertoire/adapters/persistence/mikro-orm/mikro-orm-suggestion.reader.js';
import { containsPattern } from '../../backend/src/modules/repertoire/adapters/persistence/mikro-orm/search-pattern.js';
import { searchText } from '../../backend/src/modules/repertoire/domain/search-text.js';
import { suggestionCursor } from '../../backend/src/modules/repertoire/application/queries/list-suggestions/suggestion-cursor.js';
import { authenticate, roleOf, UUID } from './reference-kit.js';

/** POST and DELETE /api/suggestions/:id/vote: the session, then the one statement (ADR 0018). */
export function voteRoutes(server: FastifyInstance, db: pg.Pool): void {
  if (server.hasRoute({ method: 'POST', url: '/api/suggestions/:id/vote' })) return;
  for (const method of ['POST', 'DELETE'] as const) {
    server.route<{ Params: { id: string } }>({
      method,
      url: '/api/suggestions/:id/vote',
      handler: async (request, reply) => {
        const userId = await authenticate(request, reply, db);
        if (!userId) return reply;
        const { id } = request.params;
        if (!UUID.test(id)) return reply.code(400).send({ status: 400 });
        const { name, numbered: text } = method === 'POST' ? CAST : WITHDRAW;
        const { rows } = await db.query<{ vote_count: number }>({
          name,
          text,
          values: method === 'POST' ? [userId, id, userId, new Date()] : [userId, id, userId],
        });
        if (!rows[0]) return reply.code(404).send({ status: 404 });
        return { votes: rows[0].vote_count, votedByMe: method === 'POST' };
      },
    });
  }
}

/** pg's own type parsers (unlike MikroORM's) turn timestamptz into a Date. */
type ReferenceRow = Omit<SuggestionRow, 'created_at'> & { created_at: Date };

interface ListQuery {
  sort?: 'votes' | 'recent';
  q?: string;
  limit?: string;
}

/** GET /api/bands/:bandId/suggestions, first pages only (no cursor): membership, then the one keyset query. */
export function suggestionListRoute(server: FastifyInstance, db: pg.Pool): void {
  if (server.hasRoute({ method: 'GET', url: '/api/bands/:bandId/suggestions' })) return;
  server.get<{ Params: { bandId: string }; Querystring: ListQuery }>(
    '/api/bands/:bandId/suggestions',
    async (request, reply) => {
      const userId = await authenticate(request, reply, db);
      if (!userId) return reply;
      const { bandId } = request.params;
      const sort = request.query.sort ?? 'votes';
      const limit = Number(request.query.limit ?? 50);
      if (
        !UUID.test(bandId) ||
        !['votes', 'recent'].includes(sort) ||
        !Number.isInteger(limit) ||
        limit < 1 ||
        limit > 200
      ) {
        return reply.code(400).send({ status: 400 });
      }
      if (!(await roleOf(db, bandId, userId))) return reply.code(404).send({ status: 404 });
      const search = request.query.q?.trim() ? searchText(request.query.q.trim()) : null;
      const { name, numbered: text } = suggestionListStatement(sort, !!search, false);
      const { rows } = await db.query<ReferenceRow>({
        name,
        text,
        values: [userId, bandId, ...(search ? [containsPattern(search)] : []), limit + 1],
      });
      const items = rows.slice(0, limit).map((row) => suggestionView(row, row.created_at.toISOString()));
      const nextCursor = rows.length > limit ? suggestionCursor(items.at(-1)!, sort, search) : null;
      return { items, nextCursor };
    },
  );
}
