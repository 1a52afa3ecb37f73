import { httpResource } from '@angular/common/http';
import { computed, DOCUMENT, effect, inject, Injectable, linkedSignal, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';

import { ApiFailure, toApiFailure } from '../api/api-failure';
import { Band, BandTemplate } from '../api/api-types';
import { LiveConnection } from '../live/live-connection';
import { LiveBandMessage } from '../live/live-message';
import { refetchOn } from '../live/refetch-on';
import { SessionStore } from '../session/session-store';
import { applyBandTemplate, readStoredBandTemplate } from '../theme/band-template-storage';
import { bandUrl } from './band-url';
import { readLastActiveBand, rememberLastActiveBand } from './last-active-band';

export type ActiveBandStatus = 'none' | 'loading' | 'loaded' | 'failed';

/**
 * The band every band screen shows. Which one is the session's business (GET /api/me
 * `activeBandId`, PUT /api/me/active-band); this store reads its details (GET /api/bands/{id}, kept
 * by the service worker for offline use) whenever it changes, and applies its template to
 * `<html data-band-template>` for the whole app.
 */
@Injectable({ providedIn: 'root' })
export class ActiveBand {
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);
  private readonly lostName = signal<string | null>(null);
  /** Whether the band shown before this start was looked for in the user's bands. */
  private lastVisitChecked = false;
  /** What main.ts painted before the session was known. */
  private readonly startTemplate = readStoredBandTemplate();
  /** Read again when the active band changes; a read still in flight for the previous one is aborted. */
  private readonly details = httpResource<Band>(() => {
    const bandId = this.id();
    return bandId ? bandUrl(bandId) : undefined;
  });
  /** The last band read, kept while the next one loads so its template stays on screen meanwhile. */
  private readonly lastRead = linkedSignal<Band | undefined, Band | null>({
    source: () => (this.details.hasValue() ? this.details.value() : undefined),
    computation: (band, previous) => band ?? previous?.value ?? null,
  });

  readonly id = this.session.activeBandId;
  /** Name and my role, from GET /api/me: known at once, even before the details load. */
  readonly summary = this.session.activeBand;
  /** The active band's details, once read (null while the first read is in flight). */
  readonly band = computed(() => {
    const band = this.details.hasValue() ? this.details.value() : null;
    return band?.id === this.id() ? band : null;
  });
  readonly status = computed<ActiveBandStatus>(() => {
    if (this.id() === null) return 'none';
    switch (this.details.status()) {
      case 'error':
        return 'failed';
      case 'resolved':
      case 'local':
        return 'loaded';
      default:
        return 'loading';
    }
  });
  readonly failure = computed<ApiFailure | null>(() =>
    this.status() === 'failed' ? toApiFailure(this.details.error()) : null,
  );
  /** The band the user was removed from (or that was deleted), for the notice that says so. */
  readonly lostBandName = this.lostName.asReadonly();
  readonly name = computed(() => this.band()?.name ?? this.summary()?.name ?? '');
  readonly role = computed(() => this.summary()?.role ?? null);
  readonly isAdmin = computed(() => this.role() === 'admin');
  /** Managers and admins plan the band's dates and manage its repertoire. */
  readonly canManage = computed(() => this.role() === 'manager' || this.isAdmin());
  /** null: no template (signed out, or no band yet). */
  readonly template = computed<BandTemplate | null>(() => {
    const status = this.session.status();
    if (status === 'unknown' || status === 'unreachable') return this.startTemplate;
    if (this.id() === null) return null;
    return this.lastRead()?.template ?? this.startTemplate ?? 'classic';
  });

  constructor() {
    effect(() => applyBandTemplate(this.document, this.template()));
    // Removed from the band meanwhile, or the band is gone: the session knows the active band now.
    effect(() => {
      if (this.failure()?.status === 404) untracked(() => void this.lose());
    });
    // Lost while the app was closed: on a reload, GET /api/me simply lists the band no more.
    effect(() => {
      const user = this.session.user();
      const band = this.summary();
      if (!user) return;
      untracked(() => this.checkLastVisit(user.id, user.bands));
      rememberLastActiveBand(band ? { userId: user.id, id: band.id, name: band.name } : null);
    });
    refetchOn({ bandId: this.id, types: ['band.updated'], refetch: () => this.reload() });
    inject(LiveConnection)
      .messages.pipe(takeUntilDestroyed())
      .subscribe((message) => this.follow(message));
  }

  /** Removed from a band, or my role changed, on another device or by an admin. */
  private follow(message: LiveBandMessage): void {
    if (message.type === 'band.removed') {
      if (message.bandId === this.id()) void this.lose();
      else void this.session.load();
    } else if (message.type === 'member.role-changed' && message.userId === this.session.user()?.id) {
      void this.session.load();
    }
  }

  private checkLastVisit(userId: string, bands: readonly { id: string }[]): void {
    if (this.lastVisitChecked) return;
    this.lastVisitChecked = true;
    const last = readLastActiveBand();
    if (last?.userId === userId && !bands.some((band) => band.id === last.id)) this.lostName.set(last.name);
  }

  dismissLostBand(): void {
    this.lostName.set(null);
  }

  /** Removed from the band meanwhile, or the band is gone: say so, then another band or onboarding. */
  private async lose(): Promise<void> {
    const name = this.summary()?.name ?? this.lastRead()?.name ?? null;
    await this.session.load();
    if (name !== null) this.lostName.set(name);
    if (this.session.isSignedIn() && this.id() === null) await this.router.navigateByUrl('/onboarding');
  }

  /** Reads the active band again (a retry, or a change made elsewhere). */
  reload(): void {
    this.details.reload();
  }

  /** A write answered the band (PATCH, a new invitation code): no need to ask again. */
  adopt(band: Band): void {
    if (band.id === this.id()) this.details.set(band);
    this.session.updateBand(band.id, { name: band.name });
  }
}
