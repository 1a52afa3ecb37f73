import { Routes } from '@angular/router';

import { guestGuard } from '../core/auth/auth-guards';

/** Top-level guest pages: /login and /register (components load lazily). */
export const authRoutes: Routes = [
  {
    path: 'login',
    title: () => $localize`:@@login.pageTitle:Connexion`,
    canActivate: [guestGuard],
    loadComponent: () => import('./login-page/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'register',
    title: () => $localize`:@@register.pageTitle:Créer un compte`,
    canActivate: [guestGuard],
    loadComponent: () => import('./register-page/register-page').then((m) => m.RegisterPage),
  },
];
