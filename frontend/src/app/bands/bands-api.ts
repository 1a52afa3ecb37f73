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
  UpdateBandRequest,
} from '../core/api/api-types';
import { bandUrl } from '../core/band/band-url';

/**
 * The bands API's writes (API.md, Bands). Its reads are `httpResource`s of the stores that show them
 * (`/api/bands`, `bandUrl(id, 'members')`), in the service worker's api-reads data group, so the
 * lists read last stay readable offline; the active band's own GET is core/band/active-band.ts.
 */
@Injectable({ providedIn: 'root' })
export class BandsApi {
  private readonly http = inject(HttpClient);

  create(name: string): Observable<CreatedBandResponse> {
    return this.http.post<CreatedBandResponse>('/api/bands', { name });
  }

  join(inviteCode: string): Observable<JoinedBandResponse> {
    return this.http.post<JoinedBandResponse>('/api/bands/join', { inviteCode });
  }

  update(bandId: string, changes: UpdateBandRequest): Observable<Band> {
    return this.http.patch<Band>(bandUrl(bandId), changes);
  }

  deleteBand(bandId: string): Observable<void> {
    return this.http.delete<void>(bandUrl(bandId));
  }

  renewInviteCode(bandId: string): Observable<InviteCodeResponse> {
    return this.http.post<InviteCodeResponse>(bandUrl(bandId, 'invite-code'), null);
  }

  changeRole(bandId: string, userId: string, role: BandRole): Observable<Member> {
    return this.http.patch<Member>(bandUrl(bandId, 'members', userId), { role });
  }

  removeMember(bandId: string, userId: string): Observable<void> {
    return this.http.delete<void>(bandUrl(bandId, 'members', userId));
  }
}
