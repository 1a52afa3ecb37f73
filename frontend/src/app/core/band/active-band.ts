import { computed, DOCUMENT, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApiFailure, toApiFailure } from '../api/api-failure';
import { Band, BandTemplate } from '../api/api-types';
import { SessionStore } from '../session/session-store';
import { applyBandTemplate, readStoredBandTemplate } from '../theme/band-template-storage';
import { ActiveBandApi } from './active-band-api';

export type ActiveBandStatus = 'none' | 'loading' | 'loaded' | 'failed';

interface ActiveBandState {
  /** The band the status is about. */
  readonly bandId: string | null;
  /** The last band read; kept while the next one loads, so its template stays on screen meanwhile. */
  readonly band: Band | null;
  readonly status: ActiveBandStatus;
  readonly failure: ApiFailure | null;
}

/**
 * The band every band screen shows. Which one is the session's business (GET /api/me
 * `activeBandId`, PUT /api/me/active-band); this store reads its details (GET /api/bands/{id}, kept
 * by the service worker for offline use) whenever it changes, and applies its template to
 * `<html data-band-template>` for the whole app.
 */
@Injectable({ providedIn: 'root' })
export class ActiveBand {
  private readonly session = inject(SessionStore);
  private readonly api = inject(ActiveBandApi);
  private readonly document = inject(DOCUMENT);
  /** What main.ts painted before the session was known. */
  private readonly startTemplate = readStoredBandTemplate();
  private readonly state = signal<ActiveBandState>({ bandId: null, band: null, status: 'none', failure: null });

  readonly id = this.session.activeBandId;
  /** Name and my role, from GET /api/me: known at once, even before the details load. */
  readonly summary = this.session.activeBand;
  /** The active band's details, once read (null while the first read is in flight). */
  readonly band = computed(() => {
    const { bandId, band } = this.state();
    return bandId !== null && bandId === this.id() && band?.id === bandId ? band : null;
  });
  readonly status = computed<ActiveBandStatus>(() => {
    const state = this.state();
    return this.id() === null ? 'none' : state.bandId === this.id() ? state.status : 'loading';
  });
  readonly failure = computed(() => (this.status() === 'failed' ? this.state().failure : null));
  readonly name = computed(() => this.band()?.name ?? this.summary()?.name ?? '');
  readonly role = computed(() => this.summary()?.role ?? null);
  readonly isAdmin = computed(() => this.role() === 'admin');
  /** null: no template (signed out, or no band yet). */
  readonly template = computed<BandTemplate | null>(() => {
    const status = this.session.status();
    if (status === 'unknown' || status === 'unreachable') return this.startTemplate;
    if (this.id() === null) return null;
    return this.state().band?.template ?? this.startTemplate ?? 'classic';
  });

  constructor() {
    effect(() => {
      const bandId = this.id();
      untracked(() => void this.fetch(bandId, false));
    });
    effect(() => applyBandTemplate(this.document, this.template()));
  }

  /** Reads the active band again (a retry, or a change made elsewhere). */
  reload(): Promise<void> {
    return this.fetch(this.id(), true);
  }

  /** A write answered the band (PATCH, a new invitation code): no need to ask again. */
  adopt(band: Band): void {
    this.state.set({ bandId: band.id, band, status: 'loaded', failure: null });
    this.session.updateBand(band.id, { name: band.name });
  }

  private async fetch(bandId: string | null, force: boolean): Promise<void> {
    const current = this.state();
    if (bandId === null) {
      this.state.set({ ...current, bandId: null, status: 'none', failure: null });
      return;
    }
    if (!force && current.bandId === bandId && current.status !== 'failed') return;
    this.state.set({ ...current, bandId, status: 'loading', failure: null });
    try {
      const band = await firstValueFrom(this.api.getBand(bandId));
      if (this.id() !== bandId) return;
      this.adopt(band);
    } catch (error) {
      if (this.id() !== bandId) return;
      const failure = toApiFailure(error);
      this.state.update((state) => ({ ...state, status: 'failed', failure }));
      // Removed from the band meanwhile, or the band is gone: the session knows the active band now.
      if (failure.status === 404) void this.session.load();
    }
  }
}
