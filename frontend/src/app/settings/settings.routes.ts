import { Routes } from '@angular/router';

import { SettingsStore } from './settings-store';

export default [
  {
    path: '',
    pathMatch: 'full',
    title: () => $localize`:@@settings.pageTitle:Réglages`,
    providers: [SettingsStore],
    loadComponent: () => import('./profile-page/profile-page').then((m) => m.ProfilePage),
  },
  // The band's screens: /settings/band and /settings/members.
  { path: '', loadChildren: () => import('../bands/bands.routes') },
] satisfies Routes;
