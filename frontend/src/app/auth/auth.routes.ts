import { Routes } from '@angular/router';

import { guestGuard } from '../core/auth/auth-guards';

/** Top-level guest pages: /login, /register and /reset-password (components load lazily). */
export const authRoutes: Routes = [
  {
    path: 'login',
    title: () => $localize`:@@login.pageTitle:Connexion`,
    canActivate: [guestGuard],
    loadComponent: () => import('./login-page/login-page').then((m) => m.LoginPage),
  },
  {
    // Public: the link works whether this device is signed in or not (every session ends anyway).
    path: 'reset-password',
    title: () => $localize`:@@reset.pageTitle:Nouveau mot de passe`,
    loadComponent: () => import('./reset-password-page/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'register',
    title: () => $localize`:@@register.pageTitle:Créer un compte`,
    canActivate: [guestGuard],
    loadComponent: () => import('./register-page/register-page').then((m) => m.RegisterPage),
  },
];
