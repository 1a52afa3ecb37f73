import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { AddSongRequest, SongSort, SongStatus } from '../../core/api/api-types';
import { OnlineStatus } from '../../core/pwa/online-status';
import { ExportLinks } from '../../shared/ui/export-links';
import { Icon } from '../../shared/ui/icon';
import { LoadMore } from '../../shared/ui/load-more';
import { levelColor } from '../../shared/ui/level-control/level';
import { ListStatus } from '../../shared/ui/list-status';
import { ListToolbar } from '../../shared/ui/list-toolbar';
import { SongByline } from '../../shared/ui/song-byline';
import { ToggleGroup, ToggleOption } from '../../shared/ui/toggle-group';
import { SongForm } from '../song-form/song-form';
import { SongsStore } from '../songs-store';

/**
 * /repertoire: the songs the band is learning, or has mastered; searched; sorted by title, my
 * level or the band's average. Managers add a song. A song opens its page. Anyone exports the
 * whole repertoire (PDF list or stage, CSV).
 */
@Component({
  selector: 'bt-song-list',
  imports: [
    DecimalPipe,
    RouterLink,
    Icon,
    SongForm,
    LoadMore,
    ToggleGroup,
    ListToolbar,
    ListStatus,
    SongByline,
    ExportLinks,
  ],
  templateUrl: './song-list.html',
  styleUrl: './song-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SongsStore],
})
export class SongList {
  protected readonly store = inject(SongsStore);
  private readonly router = inject(Router);

  protected readonly online = inject(OnlineStatus).online;
  protected readonly levelColor = levelColor;
  protected readonly adding = signal(false);
  protected readonly tabs: readonly ToggleOption<SongStatus>[] = [
    { value: 'learning', label: $localize`:@@repertoire.learning:En apprentissage` },
    { value: 'mastered', label: $localize`:@@repertoire.mastered:Maîtrisés` },
  ];
  protected readonly sorts: readonly { value: SongSort; label: string }[] = [
    { value: 'title', label: $localize`:@@repertoire.sortTitle:Titre` },
    { value: 'myLevel', label: $localize`:@@repertoire.sortMine:Mon niveau` },
    { value: 'bandAverage', label: $localize`:@@repertoire.sortBand:Niveau du groupe` },
  ];

  protected openForm(): void {
    this.store.resetAdding();
    this.adding.set(true);
  }

  protected closeForm(): void {
    this.store.resetAdding();
    this.adding.set(false);
  }

  protected async add(song: AddSongRequest): Promise<void> {
    const id = await this.store.add(song);
    if (id) await this.router.navigate(['/repertoire', id]);
  }

  protected sortBy(event: Event): void {
    this.store.sort.set((event.target as HTMLSelectElement).value as SongSort);
  }
}
