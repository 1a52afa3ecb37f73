import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import {
  AddSongRequest,
  ChangeSongRequest,
  DemotedSuggestion,
  SetProgressRequest,
  Song,
  SongStatus,
} from '../core/api/api-types';
import { bandUrl } from '../core/band/band-url';

export const songUrl = (id: string, ...below: string[]) =>
  ['/api/songs', id, ...below].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');

/** GET /api/bands/{id}/songs (the service worker keeps the last one read of each tab and search). */
export function songListRequest(bandId: string, status: SongStatus, q: string) {
  const params: Record<string, string> = { status };
  if (q) params['q'] = q;
  return { url: bandUrl(bandId, 'songs'), params };
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
