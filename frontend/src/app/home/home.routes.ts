import { Routes } from '@angular/router';

export default [
  {
    path: '',
    title: () => $localize`:@@home.pageTitle:Accueil`,
    loadComponent: () => import('./home-page/home-page').then((m) => m.HomePage),
  },
] satisfies Routes;
