import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';

export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  /** A destructive action: the confirm button is red. */
  readonly danger?: boolean;
  /** Confirming needs this text typed exactly (a band's name before deleting it). */
  readonly typeToConfirm?: string;
}

let nextId = 0;

/**
 * A modal "are you sure?" on the native <dialog> (focus trapped, Escape cancels, focus returns to
 * the opener). `const ok = await confirmDialog.ask({...})`. Cancel has the first focus, so a
 * reflexive Enter does not confirm a destructive action.
 */
@Component({
  selector: 'bt-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      class="dialog"
      data-testid="confirm-dialog"
      [attr.aria-labelledby]="id + '-title'"
      [attr.aria-describedby]="id + '-message'"
      (close)="settle(false)"
    >
      @if (request(); as request) {
        <h2 [id]="id + '-title'">{{ request.title }}</h2>
        <p [id]="id + '-message'">{{ request.message }}</p>
        @if (request.typeToConfirm !== undefined) {
          <label class="field-label" [for]="id + '-typed'" i18n="@@confirm.typeToConfirm">
            Pour confirmer, saisissez « {{ request.typeToConfirm }} »
          </label>
          <input
            class="input"
            name="typeToConfirm"
            autocomplete="off"
            [id]="id + '-typed'"
            [value]="typed()"
            (input)="typed.set($any($event.target).value)"
          />
        }
        <div class="actions">
          <button
            type="button"
            class="button button-secondary"
            data-testid="confirm-cancel"
            (click)="settle(false)"
            i18n="@@common.cancel"
          >
            Annuler
          </button>
          <button
            type="button"
            class="button"
            [class.button-danger]="request.danger"
            [disabled]="request.typeToConfirm !== undefined && typed().trim() !== request.typeToConfirm"
            data-testid="confirm-ok"
            (click)="settle(true)"
          >
            {{ request.confirmLabel }}
          </button>
        </div>
      }
    </dialog>
  `,
  styles: `
    .dialog {
      width: min(28rem, calc(100vw - 2 * var(--bt-space-4)));
      padding: var(--bt-space-5) var(--bt-space-4);
      color: var(--bt-color-text);
      background: var(--bt-color-surface-raised);
      border: 1px solid var(--bt-color-border);
      border-radius: var(--bt-radius-lg);
      box-shadow: var(--bt-shadow-2);
    }
    .dialog::backdrop {
      background: rgb(10 10 20 / 0.6);
    }
    .input {
      margin-block-end: var(--bt-space-3);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--bt-space-2);
    }
  `,
})
export class ConfirmDialog {
  private readonly injector = inject(Injector);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private answer: ((confirmed: boolean) => void) | null = null;

  protected readonly id = `confirm-${++nextId}`;
  protected readonly request = signal<ConfirmRequest | null>(null);
  protected readonly typed = signal('');

  /** Opens the dialog; resolves true when confirmed, false when cancelled or dismissed. */
  ask(request: ConfirmRequest): Promise<boolean> {
    this.answer?.(false);
    this.request.set(request);
    this.typed.set('');
    // Open once the texts are rendered, so the dialog is announced with its own title.
    afterNextRender(() => this.dialog().nativeElement.showModal(), { injector: this.injector });
    return new Promise((resolve) => (this.answer = resolve));
  }

  protected settle(confirmed: boolean): void {
    const answer = this.answer;
    this.answer = null;
    const dialog = this.dialog().nativeElement;
    if (dialog.open) dialog.close();
    answer?.(confirmed);
  }
}
