import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Icon } from '../../shared/ui/icon';
import { ListStatus } from '../../shared/ui/list-status';
import { EventEditor } from './event-editor';
import { ManagersOnly } from './managers-only/managers-only';

/**
 * The page around a manager form: the way back and the heading; then, for a member, who may plan;
 * while the event or the band's clock is read, its loading or error; else the form, projected (the
 * page shows it once `editor.timeZone()` is known).
 */
@Component({
  selector: 'bt-manage-frame',
  imports: [RouterLink, Icon, ListStatus, ManagersOnly],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <a class="back" [routerLink]="editor().backLink()">
        <bt-icon name="chevronLeft" />
        <span>{{ backLabel() }}</span>
      </a>
      <h1>{{ heading() }}</h1>
    </header>
    @if (!editor().canManage()) {
      <bt-managers-only />
    } @else if (editor().timeZone()) {
      <ng-content />
    } @else {
      <bt-list-status [error]="editor().loadError()" [loading]="true" [empty]="true" (retry)="editor().reload()" />
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .back {
      display: inline-flex;
      align-items: center;
      gap: var(--bt-space-1);
      min-height: var(--bt-touch-target);
      margin-bottom: var(--bt-space-2);
      font-weight: 600;
      --bt-icon-size: 1.25rem;
    }
  `,
})
export class ManageFrame {
  readonly editor = input.required<EventEditor<{ id: string; timeZone: string }>>();
  readonly heading = input.required<string>();
  readonly backLabel = input.required<string>();
}
