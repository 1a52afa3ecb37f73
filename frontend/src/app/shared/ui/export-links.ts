import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { Icon } from './icon';

/**
 * « Exporter » : PDF liste, PDF scène, CSV — plain links to an export of the API (`…/export`), which
 * the browser downloads with the session cookie, on a phone too; the server names the file.
 */
@Component({
  selector: 'bt-export-links',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="export-title" [id]="labelId()" i18n="@@export.title">Exporter</p>
    <div class="export-actions" role="group" [attr.aria-labelledby]="labelId()">
      <a
        class="button button-secondary"
        data-testid="export-pdf-list"
        [href]="url() + '?format=pdf&layout=list'"
        download
      >
        <bt-icon name="download" />
        <span i18n="@@export.pdfList">PDF liste</span>
      </a>
      <a
        class="button button-secondary"
        data-testid="export-pdf-stage"
        [href]="url() + '?format=pdf&layout=stage'"
        download
      >
        <bt-icon name="download" />
        <span i18n="@@export.pdfStage">PDF scène</span>
      </a>
      <a class="button button-secondary" data-testid="export-csv" [href]="url() + '?format=csv'" download>
        <bt-icon name="download" />
        <span i18n="@@export.csv">CSV</span>
      </a>
    </div>
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--bt-space-2);
    }
    .export-title {
      margin: 0;
      font-weight: 600;
    }
    .export-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--bt-space-2);
    }
  `,
})
export class ExportLinks {
  /** The export's address, without its query: `/api/bands/{id}/songs/export`. */
  readonly url = input.required<string>();
  /** Unique on the page: names the group of links. */
  readonly labelId = input('export-title');
}
