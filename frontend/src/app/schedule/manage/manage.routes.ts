import { Routes } from '@angular/router';

/** The manager forms; each path is whole, so /gigs/:id and /rehearsals/:id stay the event pages'. */
export default [
  {
    path: 'gigs/new',
    title: () => $localize`:@@gig.newPageTitle:Nouveau concert`,
    loadComponent: () => import('./gig-form/gig-form').then((m) => m.GigForm),
  },
  {
    path: 'gigs/:id/edit',
    title: () => $localize`:@@gig.editPageTitle:Modifier le concert`,
    loadComponent: () => import('./gig-form/gig-form').then((m) => m.GigForm),
  },
  {
    path: 'rehearsals/new',
    title: () => $localize`:@@rehearsal.newPageTitle:Nouvelle répétition`,
    loadComponent: () => import('./rehearsal-form/rehearsal-form').then((m) => m.RehearsalForm),
  },
  {
    path: 'rehearsals/:id/edit',
    title: () => $localize`:@@rehearsal.editPageTitle:Modifier la répétition`,
    loadComponent: () => import('./rehearsal-form/rehearsal-form').then((m) => m.RehearsalForm),
  },
] satisfies Routes;
