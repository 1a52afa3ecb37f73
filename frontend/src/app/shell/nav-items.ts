import { IconName } from '../shared/ui/icon';

export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: IconName;
  /** Only active on this exact path (for `/`). */
  readonly exact?: boolean;
  readonly testId: string;
}

/**
 * The tabs (bottom bar on phones, side bar on wide screens), in display order.
 * A feature adds its tab with one line here, next to its lazy route in app.routes.ts, e.g.
 * `{ path: '/suggestions', label: $localize`…Suggestions`, icon: 'suggestions', testId: 'nav-suggestions' },`
 * with a custom message id (nav.suggestions)
 * (icons for suggestions, repertoire and agenda already exist in shared/ui/icon.ts).
 */
export function navItems(): readonly NavItem[] {
  return [
    { path: '/', label: $localize`:@@nav.home:Accueil`, icon: 'home', exact: true, testId: 'nav-home' },
    {
      path: '/suggestions',
      label: $localize`:@@nav.suggestions:Suggestions`,
      icon: 'suggestions',
      testId: 'nav-suggestions',
    },
    {
      path: '/repertoire',
      label: $localize`:@@nav.repertoire:Répertoire`,
      icon: 'repertoire',
      testId: 'nav-repertoire',
    },
    { path: '/agenda', label: $localize`:@@nav.agenda:Agenda`, icon: 'agenda', testId: 'nav-agenda' },
    { path: '/settings', label: $localize`:@@nav.settings:Réglages`, icon: 'settings', testId: 'nav-settings' },
  ];
}
