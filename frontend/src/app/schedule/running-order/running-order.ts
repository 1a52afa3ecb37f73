import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  TemplateRef,
} from '@angular/core';

import { focusAfterRender } from '../../core/forms/focus-after-render';
import { OrderedRow } from './ordered-row';
import { moveBy, moveItem } from './reorder';

/** What the projected `<ng-template let-row let-index="index">` draws inside each line. */
export interface RunningOrderContext<T> {
  readonly $implicit: T;
  readonly index: number;
}

type Control = 'handle' | 'up' | 'down';

let nextId = 0;

/**
 * A list put in order by hand: dragged by its handle (mouse or touch), or moved one step with the
 * up/down buttons or Alt+↑/↓ on a focused line, the focus staying on the moved line and a polite
 * live region saying where it went (« Respect : position 3 sur 12 »); each line can be removed.
 * The setlist editor and the rehearsal planner both use it; what a line shows is projected.
 */
@Component({
  selector: 'bt-running-order',
  imports: [CdkDropList, CdkDrag, CdkDragHandle, NgTemplateOutlet],
  templateUrl: './running-order.html',
  styleUrl: './running-order.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunningOrder<T extends OrderedRow> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly rows = input.required<readonly T[]>();
  /** The list's accessible name (« Ordre de passage »). */
  readonly label = input.required<string>();
  /** The list as it now stands, after a move or a removal. */
  readonly rowsChange = output<readonly T[]>();

  protected readonly line = contentChild.required<TemplateRef<RunningOrderContext<T>>>(TemplateRef);
  protected readonly announcement = signal('');
  protected readonly hintId = `running-order-hint-${++nextId}`;

  protected dropped(event: CdkDragDrop<unknown>): void {
    this.apply(moveItem(this.rows(), event.previousIndex, event.currentIndex), event.previousIndex, null);
  }

  protected step(index: number, step: -1 | 1, control: Control): void {
    this.apply(moveBy(this.rows(), index, step), index, control);
  }

  protected keydown(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-control]')?.dataset['control'];
    this.step(index, event.key === 'ArrowUp' ? -1 : 1, (control as Control | undefined) ?? 'handle');
  }

  protected remove(index: number): void {
    const rows = this.rows();
    const removed = rows[index]!;
    const next = rows[index + 1] ?? rows[index - 1];
    this.rowsChange.emit(rows.filter((_, i) => i !== index));
    this.announcement.set($localize`:@@runningOrder.removed:${removed.name}:name: retiré de la liste`);
    this.focus(next ? [`[data-key="${next.key}"] [data-control=remove]`] : ['[data-control=list]']);
  }

  protected upLabel(row: T): string {
    return $localize`:@@runningOrder.up:Monter « ${row.name}:name: »`;
  }

  protected downLabel(row: T): string {
    return $localize`:@@runningOrder.down:Descendre « ${row.name}:name: »`;
  }

  protected handleLabel(row: T): string {
    return $localize`:@@runningOrder.handle:Déplacer « ${row.name}:name: »`;
  }

  protected removeLabel(row: T): string {
    return $localize`:@@runningOrder.remove:Retirer « ${row.name}:name: »`;
  }

  private apply(moved: readonly T[], from: number, control: Control | null): void {
    const rows = this.rows();
    if (moved === rows) return;
    const row = rows[from]!;
    this.rowsChange.emit(moved);
    const position = moved.indexOf(row) + 1;
    this.announcement.set(
      $localize`:@@runningOrder.moved:${row.name}:name: : position ${position}:position: sur ${moved.length}:count:`,
    );
    // The line's DOM node moved: its control lost the focus. A button now disabled (the line got to
    // an end) hands it to the handle.
    if (control) {
      this.focus([
        `[data-key="${row.key}"] [data-control=${control}]:not(:disabled)`,
        `[data-key="${row.key}"] [data-control=handle]`,
      ]);
    }
  }

  private focus(selectors: readonly string[]): void {
    focusAfterRender(() => this.host.nativeElement, selectors, this.injector);
  }
}
