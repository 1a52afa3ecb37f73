import { Routes } from '@angular/router';

export default [
  {
    path: '',
    pathMatch: 'full',
    title: () => $localize`:@@repertoire.pageTitle:Répertoire`,
    loadComponent: () => import('./song-list/song-list').then((m) => m.SongList),
  },
  {
    path: ':songId',
    title: () => $localize`:@@song.pageTitle:Morceau`,
    loadComponent: () => import('./song-page/song-page').then((m) => m.SongPage),
  },
] satisfies Routes;
