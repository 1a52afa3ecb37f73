import { CanMatchFn, Routes, UrlSegment } from '@angular/router';

/** Only an id names an event: `/gigs/new` and the like belong to other screens. */
const eventId: CanMatchFn = (_route, segments: UrlSegment[]) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segments[1]?.path ?? '');

/** The pages of a gig and of a rehearsal, in the shell. */
export default [
  {
    path: 'gigs/:id',
    canMatch: [eventId],
    title: () => $localize`:@@gig.pageTitle:Concert`,
    loadComponent: () => import('./gig-page/gig-page').then((m) => m.GigPage),
  },
  {
    path: 'rehearsals/:id',
    canMatch: [eventId],
    title: () => $localize`:@@rehearsal.pageTitle:Répétition`,
    loadComponent: () => import('./rehearsal-page/rehearsal-page').then((m) => m.RehearsalPage),
  },
] satisfies Routes;

/** /gigs/:id/print: the setlist alone, to print (outside the shell). */
export const printRoutes = [
  {
    path: '',
    title: () => $localize`:@@print.pageTitle:Setlist à imprimer`,
    loadComponent: () => import('./setlist-print/setlist-print').then((m) => m.SetlistPrint),
  },
] satisfies Routes;
