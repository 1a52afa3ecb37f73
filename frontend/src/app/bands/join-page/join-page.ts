import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { codeMatches } from '../../core/api/api-failure';
import { Band, ErrorCode } from '../../core/api/api-types';
import { welcomeState } from '../../core/band/band-welcome';
import { SessionStore } from '../../core/session/session-store';
import { BandEntryStore } from '../band-entry-store';
import { inviteCodeFormatMessage } from '../bands-messages';
import { normalizeInviteCode } from '../invite-code';
import { JoinForm } from '../join-form/join-form';

type JoinPhase = 'joining' | 'failed' | 'form';

/**
 * /join/:code, the invitation link: joins at once and goes home, where the band's name is shown.
 * Guests are sent to sign in (or register) first, and come back here with the code (returnUrl).
 * A code that does not work says so and offers to type another one. /join alone is the form.
 */
@Component({
  selector: 'bt-join-page',
  imports: [RouterLink, JoinForm],
  templateUrl: './join-page.html',
  styleUrl: '../band-entry.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BandEntryStore],
})
export class JoinPage {
  private readonly store = inject(BandEntryStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** The `:code` route parameter (component input binding). */
  readonly code = input<string>();

  protected readonly phase = signal<JoinPhase>('form');
  protected readonly linkError = signal<string | null>(null);
  /** The code itself is wrong (unknown, or not a code), rather than the network or the server. */
  protected readonly badCode = signal(true);
  protected readonly hasBand = computed(() => this.session.activeBandId() !== null);
  /** The link's code as typed in the form after a failure (normalized when it can be). */
  protected readonly codeToRetry = computed(() => {
    const raw = this.code() ?? '';
    return normalizeInviteCode(raw) ?? raw;
  });

  constructor() {
    // Again when another invitation link is opened while this page shows (same route, new code).
    effect(() => {
      const raw = this.code();
      untracked(() => this.start(raw));
    });
  }

  private start(raw: string | undefined): void {
    if (raw === undefined) {
      this.phase.set('form');
      return;
    }
    const code = normalizeInviteCode(raw);
    if (!code) {
      this.fail(inviteCodeFormatMessage(), true);
      return;
    }
    void this.joinWith(code);
  }

  protected async joined(band: Band): Promise<void> {
    await this.router.navigateByUrl('/', { state: welcomeState(band.name, 'joined') });
  }

  private async joinWith(code: string): Promise<void> {
    this.phase.set('joining');
    const band = await this.store.join(code);
    if (band) {
      await this.joined(band);
      return;
    }
    const failure = this.store.joining().failure;
    this.fail(failure?.message ?? null, codeMatches(failure?.code ?? null, ErrorCode.inviteCodeNotFound));
    // The form below shows its own messages from now on.
    this.store.resetJoin();
  }

  private fail(message: string | null, badCode: boolean): void {
    this.linkError.set(message);
    this.badCode.set(badCode);
    this.phase.set('failed');
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }
}
