import { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../unsaved-changes-guard';

/** /gigs/:id/setlist (the `:id` comes from app.routes.ts). */
export default [
  {
    path: '',
    title: () => $localize`:@@setlist.pageTitle:Setlist`,
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./setlist-editor/setlist-editor').then((m) => m.SetlistEditor),
  },
] satisfies Routes;
