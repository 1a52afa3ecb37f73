import { inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { auditTime, filter, merge } from 'rxjs';

import { LiveConnection } from './live-connection';
import { LiveMessageOf, LiveMessageType } from './live-message';

/** Messages this close together cause one read: a vote storm is not one GET per vote. */
export const COALESCE_MS = 300;

export interface RefetchOptions<T extends LiveMessageType> {
  /** The band the screen shows (null: none). */
  readonly bandId: () => string | null;
  readonly types: readonly T[];
  /** Of those, the ones about what the screen shows (its song, its date); all of them when left out. */
  readonly concerns?: (message: LiveMessageOf<NoInfer<T>>) => boolean;
  readonly refetch: () => void;
}

/**
 * Reads again what a screen shows when the band's live messages say it changed, or after the live
 * connection came back (messages may have been missed), at most once per 300 ms. Called in an
 * injection context (a store's constructor): it stops with the screen.
 */
export function refetchOn<T extends LiveMessageType>(options: RefetchOptions<T>): void {
  const live = inject(LiveConnection);
  const concerns = options.concerns ?? (() => true);
  merge(live.of(options.bandId, options.types).pipe(filter(concerns)), live.resynced)
    .pipe(auditTime(COALESCE_MS), takeUntilDestroyed())
    .subscribe(() => options.refetch());
}
