import { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../unsaved-changes-guard';

/** /rehearsals/:id/plan (the `:id` comes from app.routes.ts). */
export default [
  {
    path: '',
    title: () => $localize`:@@planner.pageTitle:Morceaux à travailler`,
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./planner-page/planner-page').then((m) => m.PlannerPage),
  },
] satisfies Routes;
