import { Routes } from '@angular/router';

import { bandGuard } from '../core/band/band-guard';

/**
 * The band screens, under Réglages (settings.routes.ts loads them): /settings/band (my bands, the
 * band's settings) and /settings/members (members, roles, invitation). Each page provides its
 * own store (BandSettingsStore, MembersStore), which lives as long as the page.
 */
export default [
  {
    path: '',
    canActivateChild: [bandGuard],
    children: [
      {
        path: 'band',
        title: () => $localize`:@@bandSettings.pageTitle:Groupe`,
        loadComponent: () => import('./band-settings-page/band-settings-page').then((m) => m.BandSettingsPage),
      },
      {
        path: 'members',
        title: () => $localize`:@@members.pageTitle:Membres`,
        loadComponent: () => import('./members-page/members-page').then((m) => m.MembersPage),
      },
    ],
  },
] satisfies Routes;
