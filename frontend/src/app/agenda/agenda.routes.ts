import { Routes } from '@angular/router';

export default [
  {
    path: '',
    title: () => $localize`:@@agenda.pageTitle:Agenda`,
    loadComponent: () => import('./agenda-page/agenda-page').then((m) => m.AgendaPage),
  },
] satisfies Routes;
