import { Routes } from '@angular/router';

export default [
  {
    path: '',
    title: () => $localize`:@@activity.pageTitle:Activité`,
    loadComponent: () => import('./activity-page/activity-page').then((m) => m.ActivityPage),
  },
] satisfies Routes;
