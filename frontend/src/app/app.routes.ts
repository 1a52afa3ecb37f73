import { Routes } from '@angular/router';

import { authRoutes } from './auth/auth.routes';
import { bandEntryRoutes } from './bands/band-entry.routes';
import { authGuard } from './core/auth/auth-guards';
import { bandGuard } from './core/band/band-guard';
import { Shell } from './shell/shell';

/** Pages load lazily; a new feature adds its `loadChildren` here and its tab in shell/nav-items.ts. */
export const routes: Routes = [
  ...authRoutes,
  ...bandEntryRoutes,
  // The printable setlist, without the shell.
  {
    path: 'gigs/:id/print',
    canActivate: [authGuard, bandGuard],
    loadChildren: () => import('./schedule/event-page.routes').then((m) => m.printRoutes),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      // A user without a band is sent to /onboarding.
      { path: '', pathMatch: 'full', canActivate: [bandGuard], loadChildren: () => import('./home/home.routes') },
      { path: 'suggestions', canActivate: [bandGuard], loadChildren: () => import('./suggestions/suggestions.routes') },
      { path: 'repertoire', canActivate: [bandGuard], loadChildren: () => import('./repertoire/repertoire.routes') },
      // Before any /gigs/:id and /rehearsals/:id route, which would take these paths.
      {
        path: 'gigs/:id/setlist',
        canActivate: [bandGuard],
        loadChildren: () => import('./schedule/setlist/setlist.routes'),
      },
      {
        path: 'rehearsals/:id/plan',
        canActivate: [bandGuard],
        loadChildren: () => import('./schedule/planner/planner.routes'),
      },
      { path: 'agenda', canActivate: [bandGuard], loadChildren: () => import('./agenda/agenda.routes') },
      { path: 'activity', canActivate: [bandGuard], loadChildren: () => import('./activity/activity.routes') },
      { path: 'settings', loadChildren: () => import('./settings/settings.routes') },
      // gigs/new, gigs/:id/edit, rehearsals/new, rehearsals/:id/edit, as whole paths: after the tabs (which so
      // never load it), before the event pages' gigs/:id and rehearsals/:id.
      { path: '', canActivate: [bandGuard], loadChildren: () => import('./schedule/manage/manage.routes') },
      // Last: /gigs/:id and /rehearsals/:id (the other /gigs/… screens are matched before or after it).
      { path: '', canActivate: [bandGuard], loadChildren: () => import('./schedule/event-page.routes') },
    ],
  },
  { path: '**', redirectTo: '' },
];
