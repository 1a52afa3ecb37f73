import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';

import { Band } from '../../core/api/api-types';
import { OnlineStatus } from '../../core/pwa/online-status';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { Icon } from '../../shared/ui/icon';
import { BandEntryStore } from '../band-entry-store';
import { inviteCodeProblemMessage } from '../bands-messages';
import { readInviteCode } from '../invite-code';

/**
 * "Join with a code": checks the code's shape here (saying what is wrong: the length, or which
 * character no code uses), then POST /api/bands/join. The server's refusal (unknown code) shows
 * under the field; the field keeps the code so it can be corrected.
 */
@Component({
  selector: 'bt-join-form',
  imports: [ReactiveFormsModule, Icon, FORM_FIELD],
  templateUrl: './join-form.html',
  styleUrl: './join-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JoinForm implements OnInit {
  /** Provided by the page around the form (onboarding, join). */
  private readonly store = inject(BandEntryStore);
  private readonly injector = inject(Injector);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('codeInput');

  /** A code to start from (a link's code that did not work). */
  readonly initialCode = input('');
  /** Put the focus in the field at start (when it is the page's only action). */
  readonly focusFirst = input(false);
  readonly joined = output<Band>();

  protected readonly online = inject(OnlineStatus).online;
  protected readonly form = inject(NonNullableFormBuilder).group({ inviteCode: [''] });
  protected readonly pending = computed(() => this.store.joining().pending);
  /** The shape check's message, or the server's refusal. */
  protected readonly localError = signal<string | null>(null);
  protected readonly error = computed(() => this.localError() ?? this.store.joining().failure?.message ?? null);

  ngOnInit(): void {
    this.form.setValue({ inviteCode: this.initialCode() });
    if (this.focusFirst()) {
      afterNextRender(() => this.field().nativeElement.focus(), { injector: this.injector });
    }
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    this.store.resetJoin();
    const read = readInviteCode(this.form.getRawValue().inviteCode);
    if ('problem' in read) {
      this.localError.set(inviteCodeProblemMessage(read.problem));
      this.focusField();
      return;
    }
    const { code } = read;
    this.localError.set(null);
    this.form.setValue({ inviteCode: code });
    const band = await this.store.join(code);
    if (band) {
      this.joined.emit(band);
    } else {
      this.focusField();
    }
  }

  /** Typing again clears the message. */
  protected edited(): void {
    if (this.error()) {
      this.localError.set(null);
      this.store.resetJoin();
    }
  }

  private focusField(): void {
    afterNextRender(() => this.field().nativeElement.focus(), { injector: this.injector });
  }
}
