import { Routes } from '@angular/router';

import { authGuard } from '../core/auth/auth-guards';

/**
 * Full-screen band entry pages, outside the shell (components load lazily): /onboarding (create or
 * join; where a user without a band lands), /join (type a code) and /join/:code (the invitation
 * link, public: a guest signs up or in on it).
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
    children: [
      {
        path: '',
        canActivate: [authGuard],
        loadComponent: () => import('./join-page/join-page').then((m) => m.JoinPage),
      },
      // Public: a guest reads the invitation, then signs up or in on the page itself.
      { path: ':code', loadComponent: () => import('./join-page/join-page').then((m) => m.JoinPage) },
    ],
  },
];
