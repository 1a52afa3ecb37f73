import { Routes } from '@angular/router';

export default [
  {
    path: '',
    pathMatch: 'full',
    title: () => $localize`:@@settings.pageTitle:Réglages`,
    loadComponent: () => import('./profile-page/profile-page').then((m) => m.ProfilePage),
  },
  // The band's screens: /settings/band and /settings/members.
  { path: '', loadChildren: () => import('../bands/bands.routes') },
] satisfies Routes;
