import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Under a song's title: its artist, and the song it covers ("(reprise de …)"); nothing without either. */
@Component({
  selector: 'bt-song-byline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[style.display]': "artist() || versionOf() ? null : 'none'" },
  template: `
    {{ artist() }}
    @if (versionOf(); as versionOf) {
      <span i18n="@@songByline.coverOf">(reprise de {{ versionOf }})</span>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0;
      color: var(--bt-color-text-muted);
    }
  `,
})
export class SongByline {
  readonly artist = input<string | null>(null);
  readonly versionOf = input<string | null>(null);
}
