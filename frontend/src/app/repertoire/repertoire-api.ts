import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import {
  AddSongRequest,
  ChangeSongRequest,
  DemotedSuggestion,
  SetProgressRequest,
  Song,
  SongSort,
  SongStatus,
} from '../core/api/api-types';
import { bandUrl } from '../core/band/band-url';

export const songUrl = (id: string, ...below: string[]) =>
  ['/api/songs', id, ...below].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');

/** GET …/songs/export?format=pdf|csv&layout=list|stage: the whole repertoire as a file (ADR 0050). */
export const repertoireExportUrl = (bandId: string) => bandUrl(bandId, 'songs', 'export');

/** What a page of the repertoire is asked for: the band, the tab, the words searched, the order. */
export interface SongQuery {
  readonly bandId: string;
  readonly status: SongStatus;
  readonly q: string;
  readonly sort: SongSort;
}

/** GET /api/bands/{id}/songs with its parameters (the service worker keeps each page read). */
export function songPageRequest(query: SongQuery, cursor: string | null = null) {
  const params: Record<string, string> = { status: query.status, sort: query.sort };
  if (query.q) params['q'] = query.q;
  if (cursor) params['cursor'] = cursor;
  return { url: bandUrl(query.bandId, 'songs'), params };
}

/** The songs API (API.md, Repertoire); levels go through the outbox (song-level.ts). */
@Injectable({ providedIn: 'root' })
export class RepertoireApi {
  private readonly http = inject(HttpClient);

  add(bandId: string, song: AddSongRequest): Observable<Song> {
    return this.http.post<Song>(bandUrl(bandId, 'songs'), song);
  }

  change(id: string, changes: ChangeSongRequest): Observable<Song> {
    return this.http.patch<Song>(songUrl(id), changes);
  }

  demote(id: string): Observable<DemotedSuggestion> {
    return this.http.post<DemotedSuggestion>(songUrl(id, 'demote'), null);
  }

  setProgress(id: string, progress: SetProgressRequest): Observable<Song> {
    return this.http.put<Song>(songUrl(id, 'progress'), progress);
  }
}
