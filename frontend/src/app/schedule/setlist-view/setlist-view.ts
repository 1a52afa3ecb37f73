import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Setlist } from '../../core/api/api-types';
import { formatDuration } from '../../repertoire/song-rules';
import { setlistSets } from '../setlist-sets';
import { setLengthText, untimedSongsText } from '../setlist/duration-text';

/**
 * A gig's setlist read-only: set by set (split at the breaks, with their labels), each song numbered
 * with its key, tempo and duration, what each set and the whole show last.
 */
@Component({
  selector: 'bt-setlist-view',
  imports: [RouterLink],
  templateUrl: './setlist-view.html',
  styleUrl: './setlist-view.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetlistView {
  readonly setlist = input.required<Setlist>();

  protected readonly sets = computed(() => setlistSets(this.setlist()));
  protected readonly formatDuration = formatDuration;
  protected readonly setLengthText = setLengthText;
  protected readonly untimedSongsText = untimedSongsText;

  protected setTitle(label: string | null, index: number): string {
    return label ?? $localize`:@@setlist.setNumber:Set ${index + 1}:number:`;
  }
}
