import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import {
  Band,
  BandRole,
  CreatedBandResponse,
  InviteCodeResponse,
  JoinedBandResponse,
  Member,
  MyBandWithCount,
  UpdateBandRequest,
} from '../core/api/api-types';

const band = (bandId: string) => `/api/bands/${encodeURIComponent(bandId)}`;

/**
 * The bands API (API.md, Bands). The GETs are in the service worker's api-reads data group, so the
 * lists read last stay readable offline. The active band's own GET is core/band/active-band-api.ts.
 */
@Injectable({ providedIn: 'root' })
export class BandsApi {
  private readonly http = inject(HttpClient);

  myBands(): Observable<MyBandWithCount[]> {
    return this.http.get<MyBandWithCount[]>('/api/bands');
  }

  create(name: string): Observable<CreatedBandResponse> {
    return this.http.post<CreatedBandResponse>('/api/bands', { name });
  }

  join(inviteCode: string): Observable<JoinedBandResponse> {
    return this.http.post<JoinedBandResponse>('/api/bands/join', { inviteCode });
  }

  update(bandId: string, changes: UpdateBandRequest): Observable<Band> {
    return this.http.patch<Band>(band(bandId), changes);
  }

  renewInviteCode(bandId: string): Observable<InviteCodeResponse> {
    return this.http.post<InviteCodeResponse>(`${band(bandId)}/invite-code`, null);
  }

  members(bandId: string): Observable<Member[]> {
    return this.http.get<Member[]>(`${band(bandId)}/members`);
  }

  changeRole(bandId: string, userId: string, role: BandRole): Observable<Member> {
    return this.http.patch<Member>(`${band(bandId)}/members/${encodeURIComponent(userId)}`, { role });
  }

  removeMember(bandId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${band(bandId)}/members/${encodeURIComponent(userId)}`);
  }
}
