import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import {
  EditSuggestionRequest,
  PromotedSong,
  ProposeSuggestionRequest,
  Suggestion,
  SuggestionSort,
} from '../core/api/api-types';
import { bandUrl } from '../core/band/band-url';

/** What a list of suggestions is asked for: the band, the order, the words searched. */
export interface SuggestionQuery {
  readonly bandId: string;
  readonly sort: SuggestionSort;
  readonly q: string;
}

export const suggestionUrl = (id: string, ...below: string[]) =>
  ['/api/suggestions', id, ...below].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');

/** GET /api/bands/{id}/suggestions with its parameters (the service worker keeps each page read). */
export function suggestionPageRequest(query: SuggestionQuery, cursor: string | null = null) {
  const params: Record<string, string> = { sort: query.sort };
  if (query.q) params['q'] = query.q;
  if (cursor) params['cursor'] = cursor;
  return { url: bandUrl(query.bandId, 'suggestions'), params };
}

/** The suggestions API (API.md, Repertoire); votes go through the outbox (suggestion-vote.ts). */
@Injectable({ providedIn: 'root' })
export class SuggestionsApi {
  private readonly http = inject(HttpClient);

  propose(bandId: string, suggestion: ProposeSuggestionRequest): Observable<Suggestion> {
    return this.http.post<Suggestion>(bandUrl(bandId, 'suggestions'), suggestion);
  }

  edit(id: string, changes: EditSuggestionRequest): Observable<Suggestion> {
    return this.http.patch<Suggestion>(suggestionUrl(id), changes);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(suggestionUrl(id));
  }

  promote(id: string): Observable<PromotedSong> {
    return this.http.post<PromotedSong>(suggestionUrl(id, 'promote'), null);
  }
}
