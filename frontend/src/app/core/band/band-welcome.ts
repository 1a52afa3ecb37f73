import { Router } from '@angular/router';

/**
 * The message home shows once after a band was created, joined, left or deleted: passed as the router
 * navigation's `state` (not the URL, so a reload or a shared link does not repeat it).
 */
export interface BandWelcome {
  readonly bandName: string;
  readonly how: 'created' | 'joined' | 'left' | 'deleted';
}

const KEY = 'bandWelcome';

export function welcomeState(bandName: string, how: BandWelcome['how']): Record<string, unknown> {
  return { [KEY]: { bandName, how } satisfies BandWelcome };
}

/**
 * The welcome of the navigation that shows the page. Read when the page is created: during the
 * navigation, or just after it when the page sits in a layout created by the same navigation
 * (its outlet activates at the next render).
 */
export function navigationWelcome(router: Router): BandWelcome | null {
  const navigation = router.currentNavigation() ?? router.lastSuccessfulNavigation();
  return readWelcome(navigation?.extras.state);
}

export function readWelcome(state: Record<string, unknown> | undefined | null): BandWelcome | null {
  const value = state?.[KEY] as Partial<BandWelcome> | undefined;
  if (typeof value?.bandName !== 'string') return null;
  return value.how === 'created' || value.how === 'joined' || value.how === 'left' || value.how === 'deleted'
    ? { bandName: value.bandName, how: value.how }
    : null;
}
