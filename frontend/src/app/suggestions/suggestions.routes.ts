import { Routes } from '@angular/router';

export default [
  {
    path: '',
    title: () => $localize`:@@suggestions.pageTitle:Suggestions`,
    loadComponent: () => import('./suggestion-list/suggestion-list').then((m) => m.SuggestionList),
  },
] satisfies Routes;
