import { Routes } from '@angular/router';

import { authGuard } from '../core/auth/auth-guards';

/**
 * Full-screen band entry pages, outside the shell (components load lazily): /onboarding (create or
 * join; where a user without a band lands) and /join/:code (the invitation link). A guest is sent
 * to /login?returnUrl=/join/… and comes back here once signed in or registered.
 */
export const bandEntryRoutes: Routes = [
  {
    path: 'onboarding',
    title: () => $localize`:@@onboarding.pageTitle:Votre groupe`,
    canActivate: [authGuard],
    loadComponent: () => import('./onboarding-page/onboarding-page').then((m) => m.OnboardingPage),
  },
  {
    path: 'join',
    title: () => $localize`:@@join.pageTitle:Rejoindre un groupe`,
    canActivate: [authGuard],
    children: [
      { path: '', loadComponent: () => import('./join-page/join-page').then((m) => m.JoinPage) },
      { path: ':code', loadComponent: () => import('./join-page/join-page').then((m) => m.JoinPage) },
    ],
  },
];
