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

import { AccountForm, AccountMode } from '../../auth/account-form/account-form';
import { AuthStore } from '../../auth/auth-store';
import { codeMatches } from '../../core/api/api-failure';
import { Band, ErrorCode } from '../../core/api/api-types';
import { welcomeState } from '../../core/band/band-welcome';
import { SessionStore } from '../../core/session/session-store';
import { BandEntryStore } from '../band-entry-store';
import { invitationGoneMessage, inviteCodeProblemMessage } from '../bands-messages';
import { InvitationStore } from '../invitation-store';
import { normalizeInviteCode, readInviteCode } from '../invite-code';
import { JoinForm } from '../join-form/join-form';

/**
 * - `form`: /join alone, the code to type;
 * - `invited`: a guest reads the invitation (the band's name and size) and signs up or in to join;
 * - `joining`: POST /api/bands/join in flight;
 * - `member`: the link is of a band the user already belongs to;
 * - `failed`: the code does not work (or not now), said with the reason.
 */
type JoinPhase = 'form' | 'invited' | 'joining' | 'member' | 'failed';

/**
 * /join/:code, the invitation link, public. A guest sees who invites them (GET /api/invites/{code})
 * and creates an account or signs in on this page, in one form, then joins. A signed-in user joins
 * at once. Either way home then names the band joined; a member is told they already belong. A code
 * that does not work says why. /join alone (signed in) is the form to type a code.
 */
@Component({
  selector: 'bt-join-page',
  imports: [RouterLink, JoinForm, AccountForm],
  templateUrl: './join-page.html',
  styleUrl: '../band-entry.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BandEntryStore, InvitationStore, AuthStore],
})
export class JoinPage {
  private readonly store = inject(BandEntryStore);
  private readonly invitations = inject(InvitationStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** The `:code` route parameter (component input binding). */
  readonly code = input<string>();

  protected readonly phase = signal<JoinPhase>('form');
  protected readonly invitation = this.invitations.invitation;
  protected readonly linkError = signal<string | null>(null);
  /** The code itself is wrong (unknown, dead, or not a code), rather than the network or the server. */
  protected readonly badCode = signal(true);
  /** The band of the link, once joined or found already joined. */
  protected readonly bandName = signal('');
  /** The guest's choice in the one form: create an account, or sign in with one. */
  protected readonly accountMode = signal<AccountMode>('sign-up');
  protected readonly submitLabel = computed(() =>
    this.accountMode() === 'sign-up'
      ? $localize`:@@join.guest.signUpSubmit:Créer mon compte et rejoindre le groupe`
      : $localize`:@@join.guest.signInSubmit:Me connecter et rejoindre le groupe`,
  );
  protected readonly submittingLabel = $localize`:@@join.guest.submitting:Un instant…`;
  protected readonly isGuest = computed(() => this.session.status() !== 'signed-in');
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
      untracked(() => void this.start(raw));
    });
    // The guest's look-up: the invitation, then the focus on who invites; or why not.
    effect(() => {
      const invitation = this.invitation();
      const failure = this.invitations.failure();
      untracked(() => {
        if (this.phase() !== 'invited') return;
        if (failure) this.fail(failure.message, failure.gone);
        else if (invitation) this.focusHeading();
      });
    });
  }

  private async start(raw: string | undefined): Promise<void> {
    this.invitations.lookUp(null);
    if (raw === undefined) {
      this.phase.set('form');
      return;
    }
    this.phase.set('invited');
    const signedIn = (await this.session.ensureLoaded()) === 'signed-in';
    const read = readInviteCode(raw);
    if ('problem' in read) {
      this.fail(inviteCodeProblemMessage(read.problem), true);
    } else if (signedIn) {
      await this.joinWith(read.code);
    } else {
      this.invitations.lookUp(read.code);
    }
  }

  /** The guest form signed up or in: join with the link's code. */
  protected async signedIn(): Promise<void> {
    const code = normalizeInviteCode(this.code());
    if (code) await this.joinWith(code);
  }

  /** After a failure that was not the code's (network, too many attempts): try the link again. */
  protected retry(): void {
    this.phase.set('invited');
    if (this.isGuest()) this.invitations.retry();
    else void this.start(this.code());
  }

  protected async joined(band: Band): Promise<void> {
    await this.router.navigateByUrl('/', { state: welcomeState(band.name, 'joined') });
  }

  private async joinWith(code: string): Promise<void> {
    const alreadyIn = new Set(this.session.bands().map((band) => band.id));
    this.phase.set('joining');
    const band = await this.store.join(code);
    if (band && alreadyIn.has(band.id)) {
      this.bandName.set(band.name);
      this.phase.set('member');
      this.focusHeading();
      return;
    }
    if (band) {
      await this.joined(band);
      return;
    }
    const failure = this.store.joining().failure;
    const dead = codeMatches(failure?.code ?? null, ErrorCode.inviteCodeNotFound);
    this.fail(dead ? invitationGoneMessage() : (failure?.message ?? null), dead);
    // The form below shows its own messages from now on.
    this.store.resetJoin();
  }

  private fail(message: string | null, badCode: boolean): void {
    this.linkError.set(message);
    this.badCode.set(badCode);
    this.phase.set('failed');
    this.focusHeading();
  }

  private focusHeading(): void {
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }
}
