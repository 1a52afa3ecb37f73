import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { Band, BandRole } from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { SessionStore } from '../core/session/session-store';
import { bandAction } from './band-action';
import { BandsApi } from './bands-api';

/**
 * The band entry screens (/onboarding, /join): create a band or join one with a code. Either way it
 * becomes the active band, in the session and in ActiveBand, from the server's answer alone.
 */
@Injectable()
export class BandEntryStore {
  private readonly api = inject(BandsApi);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);
  private readonly createAction = bandAction(this.session);
  private readonly joinAction = bandAction(this.session);

  readonly creation = this.createAction.state;
  readonly joining = this.joinAction.state;

  /** POST /api/bands: the creator is its admin. */
  async create(name: string): Promise<Band | null> {
    let created: Band | null = null;
    await this.createAction.run(async () => {
      const { band } = await firstValueFrom(this.api.create(name));
      created = this.adopt(band, 'admin');
    });
    return created;
  }

  /** POST /api/bands/join (idempotent for a member), with the role the server gives. */
  async join(inviteCode: string): Promise<Band | null> {
    let joined: Band | null = null;
    await this.joinAction.run(async () => {
      const { band, role } = await firstValueFrom(this.api.join(inviteCode));
      joined = this.adopt(band, role);
    });
    return joined;
  }

  resetJoin(): void {
    this.joinAction.reset();
  }

  private adopt(band: Band, role: BandRole): Band {
    this.session.adoptBand({ id: band.id, name: band.name, role });
    this.active.adopt(band);
    return band;
  }
}
