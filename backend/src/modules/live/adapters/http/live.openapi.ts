import type { PathItemObject, SchemaObject } from '@nestjs/swagger';

// GET /api/live is a Fastify route of its own (a WebSocket), out of the controllers' sight: its
// operation and its messages' schemas are written here, after domain/live-message.ts, so the PWA's
// types (npm run api:types) name every message a socket receives.

const id = { type: 'string', format: 'uuid' } as const;
const at = { type: 'string', format: 'date-time', description: 'When the server sent it (UTC).' } as const;

function message(types: string[], fields: Record<string, SchemaObject> = {}, band = true): SchemaObject {
  const base: Record<string, SchemaObject> = { type: { type: 'string', enum: types }, ...(band ? { bandId: id } : {}) };
  const properties = { ...base, at, ...fields };
  return { type: 'object', properties, required: Object.keys(properties) };
}

const level = { type: 'number', nullable: true, description: 'One decimal; null when nobody rates the song.' };

export const LIVE_MESSAGE_SCHEMAS: Record<string, SchemaObject> = {
  LiveHelloMessage: message(['hello'], { bands: { type: 'array', items: id } }, false),
  LivePongMessage: message(['pong'], {}, false),
  LiveSuggestionMessage: message(['suggestion.created', 'suggestion.updated', 'suggestion.deleted'], {
    suggestionId: id,
  }),
  LiveVoteMessage: message(['vote.changed'], { suggestionId: id, votes: { type: 'integer' } }),
  LiveSongMessage: message(['song.created', 'song.updated', 'song.deleted'], { songId: id }),
  LiveProgressMessage: message(['progress.changed'], { songId: id, bandAverageLevel: level as SchemaObject }),
  LiveMemberMessage: message(['member.joined', 'member.left', 'member.role-changed'], { userId: id }),
  LiveBandMessage: message(['band.updated', 'band.removed']),
  LiveEventMessage: message(['rehearsal.changed', 'gig.changed'], { id }),
  LiveSetlistMessage: message(['setlist.changed'], { gigId: id }),
  LiveAttendanceMessage: message(['attendance.changed'], {
    eventType: { type: 'string', enum: ['rehearsal', 'gig'] },
    id,
    userId: id,
    status: { type: 'string', enum: ['yes', 'maybe', 'no'] },
  }),
};

LIVE_MESSAGE_SCHEMAS.LiveMessage = {
  oneOf: Object.keys(LIVE_MESSAGE_SCHEMAS).map((name) => ({ $ref: `#/components/schemas/${name}` })),
};

const problem = {
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsResponse' } } },
};

export const LIVE_OPERATION: PathItemObject = {
  get: {
    tags: ['live'],
    operationId: 'LiveEndpoint_connect',
    summary: 'The live updates of every band of the user (WebSocket)',
    description:
      'A WebSocket upgrade with the session cookie. The server sends JSON text messages (LiveMessage), first ' +
      '`hello` with the bands heard; a client may send `{"type":"ping"}` and gets `pong`. Messages carry ids and ' +
      'counts only: refetch what is shown. Close codes: 1001 the server stops, 1012 messages may have been missed ' +
      '(reconnect and refetch), 4401 the session was revoked (sign in again). Refused before the upgrade: 401 no ' +
      'valid session, 403 a foreign Origin, 503 live updates reconnecting; a plain GET is 426.',
    responses: {
      '101': { description: 'Switching Protocols: the socket is open and `hello` comes first.' },
      '426': { description: 'Upgrade Required: a plain GET.', ...problem },
      default: { description: 'Any refusal: application/problem+json with a stable `code`.', ...problem },
    },
  },
};
