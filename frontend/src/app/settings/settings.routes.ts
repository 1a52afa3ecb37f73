import { Routes } from '@angular/router';

import { SettingsStore } from './settings-store';

export default [
  {
    path: '',
    title: () => $localize`:@@settings.pageTitle:Réglages`,
    providers: [SettingsStore],
    loadComponent: () => import('./profile-page/profile-page').then((m) => m.ProfilePage),
  },
] satisfies Routes;
