import { Routes } from '@angular/router';

import { authRoutes } from './auth/auth.routes';
import { authGuard } from './core/auth/auth-guards';
import { Shell } from './shell/shell';

/** Pages load lazily; a new feature adds its `loadChildren` here and its tab in shell/nav-items.ts. */
export const routes: Routes = [
  ...authRoutes,
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', loadChildren: () => import('./home/home.routes') },
      { path: 'settings', loadChildren: () => import('./settings/settings.routes') },
    ],
  },
  { path: '**', redirectTo: '' },
];
