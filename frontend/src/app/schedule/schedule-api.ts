import { EventType } from '../core/api/api-types';
import { bandUrl } from '../core/band/band-url';

/** GET: the band's home screen (next dates, answers to give, suggestions, songs to work). */
export const dashboardUrl = (bandId: string) => `/api/bands/${encodeURIComponent(bandId)}/dashboard`;

/** GET, PATCH, DELETE: a gig (with its setlist and every member's answer). */
export const gigUrl = (id: string) => `/api/gigs/${encodeURIComponent(id)}`;

/** GET, PATCH, DELETE: a rehearsal (PATCH and DELETE take `?scope=this|following` for a series). */
export const rehearsalUrl = (id: string) => `/api/rehearsals/${encodeURIComponent(id)}`;

/** PUT: my answer to a rehearsal or a gig. */
export const attendanceUrl = (type: EventType, eventId: string) =>
  `/api/${type === 'gig' ? 'gigs' : 'rehearsals'}/${encodeURIComponent(eventId)}/attendance`;

/** What the agenda lists: the band's dates to come (or past ones, latest first, or all between two instants), of one type or both. */
export interface AgendaQuery {
  readonly bandId: string;
  readonly when: 'upcoming' | 'past' | 'all';
  readonly type: EventType | null;
  /** Events starting at or after it (an instant). */
  readonly from?: string | null;
  /** Events starting before it (an instant). */
  readonly to?: string | null;
  /** Page size; left out, the server's. */
  readonly limit?: number;
}

/** GET /api/bands/{id}/agenda with its parameters (the service worker keeps each page read). */
export function agendaPageRequest(query: AgendaQuery, cursor: string | null = null) {
  const params: Record<string, string> = { when: query.when };
  if (query.type) params['type'] = query.type;
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.limit) params['limit'] = String(query.limit);
  if (cursor) params['cursor'] = cursor;
  return { url: bandUrl(query.bandId, 'agenda'), params };
}

/** PUT: a gig's whole running order. */
export const setlistUrl = (gigId: string) => `${gigUrl(gigId)}/setlist`;
/** GET …/setlist/export?format=pdf|csv&layout=list|stage: the setlist as a file (ADR 0050). */
export const setlistExportUrl = (gigId: string) => `${setlistUrl(gigId)}/export`;

/** GET: the planner's proposal of songs to work on at a rehearsal, strongest reason first. */
export const proposedSongsUrl = (rehearsalId: string) => `${rehearsalUrl(rehearsalId)}/proposed-songs`;

/** The most songs one page of the repertoire holds: a band's whole repertoire, to pick from. */
const PICKABLE_SONGS = 200;

/** GET /api/bands/{id}/songs, learnt or mastered, by title: the songs a setlist or a rehearsal takes. */
export function pickableSongsRequest(bandId: string, q = '') {
  const params: Record<string, string> = { limit: String(PICKABLE_SONGS) };
  if (q.trim()) params['q'] = q.trim();
  return { url: bandUrl(bandId, 'songs'), params };
}
