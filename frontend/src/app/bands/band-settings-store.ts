import { httpResource } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import { MyBandWithCount, UpdateBandRequest } from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { SessionStore } from '../core/session/session-store';
import { bandAction } from './band-action';
import { BandsApi } from './bands-api';
import { bandFailureMessage } from './bands-messages';

/** The band settings screen: my bands (switch between them) and the active band's settings. */
@Injectable()
export class BandSettingsStore {
  private readonly api = inject(BandsApi);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);
  private readonly myBandsList = httpResource<MyBandWithCount[]>(() => '/api/bands', { defaultValue: [] });
  private readonly saveAction = bandAction(this.session);
  private readonly switchAction = bandAction(this.session);
  private readonly deleteAction = bandAction(this.session);

  readonly activeBandId = this.active.id;
  readonly band = this.active.band;
  readonly bandStatus = this.active.status;
  readonly bandName = this.active.name;
  readonly isAdmin = this.active.isAdmin;
  /** GET /api/bands: my bands with their size. */
  readonly myBands = computed<readonly MyBandWithCount[]>(() =>
    this.myBandsList.hasValue() ? this.myBandsList.value() : [],
  );
  readonly myBandsLoading = this.myBandsList.isLoading;
  readonly myBandsError = computed(() => {
    const error = this.myBandsList.error();
    return error ? bandFailureMessage(toApiFailure(error)) : null;
  });
  readonly saving = this.saveAction.state;
  readonly switching = this.switchAction.state;
  readonly deleting = this.deleteAction.state;

  reloadMyBands(): void {
    this.myBandsList.reload();
  }

  /** PUT /api/me/active-band: every band screen follows. */
  switchTo(bandId: string): Promise<boolean> {
    return this.switchAction.run(() => this.session.switchBand(bandId));
  }

  /** PATCH /api/bands/{id} (admins): the answer is the band as saved. */
  saveSettings(changes: UpdateBandRequest): Promise<boolean> {
    const bandId = this.active.id();
    if (!bandId) return Promise.resolve(false);
    return this.saveAction.run(async () => {
      const band = await firstValueFrom(this.api.update(bandId, changes));
      this.active.adopt(band);
      if (this.myBandsList.hasValue()) {
        this.myBandsList.update((bands) => bands.map((b) => (b.id === band.id ? { ...b, name: band.name } : b)));
      }
    });
  }

  /** DELETE /api/bands/{id} (admins): the band and all its data go; the session tells what is active next. */
  deleteBand(): Promise<boolean> {
    const bandId = this.active.id();
    if (!bandId) return Promise.resolve(false);
    return this.deleteAction.run(async () => {
      await firstValueFrom(this.api.deleteBand(bandId));
      await this.session.load();
    });
  }
}
