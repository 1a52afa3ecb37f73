import { Clipboard } from '@angular/cdk/clipboard';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { BAND_ROLES, BandRole, Member } from '../../core/api/api-types';
import { welcomeState } from '../../core/band/band-welcome';
import { roleLabel } from '../../core/band/role-label';
import { OnlineStatus } from '../../core/pwa/online-status';
import { SessionStore } from '../../core/session/session-store';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { Icon } from '../../shared/ui/icon';
import { ListStatus } from '../../shared/ui/list-status';
import { MembersStore } from '../members-store';
import { inviteLink } from '../invite-code';

type Notice = { readonly kind: 'success' | 'error'; readonly text: string } | null;
type CopyState = 'idle' | 'copied' | 'failed';

/**
 * /settings/members: everyone sees who is in the band and can leave it; admins also change roles
 * (not their own), remove members and hand out the invitation (code, link, copy, share, renew).
 */
@Component({
  selector: 'bt-members-page',
  imports: [RouterLink, Icon, ConfirmDialog, FORM_FIELD, ListStatus],
  templateUrl: './members-page.html',
  styleUrl: './members-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MembersStore],
})
export class MembersPage {
  protected readonly store = inject(MembersStore);
  private readonly clipboard = inject(Clipboard);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly confirm = viewChild.required(ConfirmDialog);

  protected readonly roles = BAND_ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly online = inject(OnlineStatus).online;
  protected readonly bandName = this.store.bandName;
  protected readonly isAdmin = this.store.isAdmin;
  protected readonly me = this.store.myUserId;
  protected readonly members = this.store.members;
  protected readonly inviteCode = this.store.inviteCode;
  protected readonly link = computed(() => {
    const code = this.inviteCode();
    return code ? inviteLink(this.document.location.origin, code) : '';
  });
  protected readonly canShare = typeof this.document.defaultView?.navigator.share === 'function';
  protected readonly bandStatus = this.store.bandStatus;

  /** The role picked in each member's select, until applied. */
  protected readonly pickedRoles = signal<Readonly<Record<string, BandRole>>>({});
  protected readonly memberNotice = signal<Notice>(null);
  protected readonly leaveError = signal<string | null>(null);
  protected readonly inviteNotice = signal<Notice>(null);
  protected readonly copyState = signal<CopyState>('idle');

  constructor() {
    // Another band became active (band switcher): what was said about the previous one goes.
    effect(() => {
      this.store.bandId();
      untracked(() => {
        this.pickedRoles.set({});
        this.memberNotice.set(null);
        this.leaveError.set(null);
        this.inviteNotice.set(null);
        this.copyState.set('idle');
      });
    });
  }

  protected isMe(member: Member): boolean {
    return member.userId === this.me();
  }

  protected pickedRole(member: Member): BandRole {
    return this.pickedRoles()[member.userId] ?? member.role;
  }

  protected pick(member: Member, event: Event): void {
    const role = (event.target as HTMLSelectElement).value as BandRole;
    this.pickedRoles.update((picked) => ({ ...picked, [member.userId]: role }));
  }

  protected isPending(member: Member): boolean {
    const change = this.store.memberChange();
    return change.pending && change.subject === member.userId;
  }

  protected retry(): void {
    this.store.reload();
  }

  protected async applyRole(member: Member): Promise<void> {
    const role = this.pickedRole(member);
    if (role === member.role) return;
    this.memberNotice.set(null);
    if (await this.store.changeRole(member, role)) {
      this.pickedRoles.update((picked) => {
        const rest = { ...picked };
        delete rest[member.userId];
        return rest;
      });
      const name = member.displayName;
      const label = roleLabel(role);
      this.memberNotice.set({
        kind: 'success',
        text: $localize`:@@members.roleChanged:Rôle de ${name}:name: : ${label}:role:.`,
      });
    } else {
      this.memberNotice.set({ kind: 'error', text: this.store.memberChange().failure?.message ?? '' });
    }
    this.focus(`#role-${member.userId}`);
  }

  protected async remove(member: Member): Promise<void> {
    const name = member.displayName;
    const confirmed = await this.confirm().ask({
      title: $localize`:@@members.remove.title:Retirer ${name}:name: du groupe ?`,
      message: $localize`:@@members.remove.message:${name}:name: n'aura plus accès au groupe. Pour revenir, il lui faudra une nouvelle invitation.`,
      confirmLabel: $localize`:@@members.remove.confirm:Retirer`,
      danger: true,
    });
    if (!confirmed) return;
    this.memberNotice.set(null);
    if (await this.store.removeMember(member)) {
      this.memberNotice.set({
        kind: 'success',
        text: $localize`:@@members.removed:${name}:name: ne fait plus partie du groupe.`,
      });
      this.focus('#members-heading');
    } else {
      this.memberNotice.set({ kind: 'error', text: this.store.memberChange().failure?.message ?? '' });
      this.focus('[data-testid="member-notice"]');
    }
  }

  protected async leave(): Promise<void> {
    const band = this.bandName();
    const confirmed = await this.confirm().ask({
      title: $localize`:@@members.leave.title:Quitter ${band}:band: ?`,
      message:
        this.store.members().length === 1
          ? $localize`:@@members.leave.lastMessage:Vous êtes son dernier membre : le groupe et toutes ses données (morceaux, répétitions, concerts) seront supprimés définitivement.`
          : $localize`:@@members.leave.message:Vous n'aurez plus accès à ce groupe. Pour revenir, il vous faudra une nouvelle invitation.`,
      confirmLabel: $localize`:@@members.leave.confirm:Quitter le groupe`,
      danger: true,
    });
    if (!confirmed) return;
    this.leaveError.set(null);
    if (await this.store.leave()) {
      const next = this.session.activeBandId() ? '/' : '/onboarding';
      await this.router.navigateByUrl(next, { state: welcomeState(band, 'left') });
      return;
    }
    this.leaveError.set(this.store.leaving().failure?.message ?? null);
    this.focus('[data-testid="leave-error"]');
  }

  /**
   * The CDK copies through a selected text area, which works on plain http:// too (a NAS on the
   * local network), where `navigator.clipboard` does not exist.
   */
  protected copy(): void {
    const link = this.link();
    if (!link) return;
    if (this.clipboard.copy(link)) {
      this.copyState.set('copied');
    } else {
      // The browser refused (no user gesture, a policy): let the person copy it.
      this.copyState.set('failed');
      this.focus('#invite-link', true);
    }
  }

  protected async share(): Promise<void> {
    const link = this.link();
    if (!link) return;
    const band = this.bandName();
    try {
      await this.document.defaultView!.navigator.share({
        title: $localize`:@@members.share.title:Rejoindre ${band}:band: sur BandTrack`,
        text: $localize`:@@members.share.text:Rejoins ${band}:band: sur BandTrack : ouvre ce lien pour entrer dans le groupe.`,
        url: link,
      });
    } catch (error) {
      // AbortError: the person closed the share sheet; anything else: copying still works.
      if ((error as Error | null)?.name !== 'AbortError') this.copy();
    }
  }

  protected async renew(): Promise<void> {
    const confirmed = await this.confirm().ask({
      title: $localize`:@@members.renew.title:Créer un nouveau code ?`,
      message: $localize`:@@members.renew.message:L'ancien code et l'ancien lien ne fonctionneront plus. Les membres actuels restent dans le groupe.`,
      confirmLabel: $localize`:@@members.renew.confirm:Nouveau code`,
    });
    if (!confirmed) return;
    this.copyState.set('idle');
    if (await this.store.renewInviteCode()) {
      this.inviteNotice.set({
        kind: 'success',
        text: $localize`:@@members.renewed:Nouveau code créé. L'ancien ne fonctionne plus.`,
      });
    } else {
      this.inviteNotice.set({ kind: 'error', text: this.store.invite().failure?.message ?? '' });
    }
  }

  /** After the change renders: focus (and select, for the link to copy by hand) an element. */
  private focus(selector: string, select = false): void {
    afterNextRender(
      () => {
        const element = this.host.nativeElement.querySelector<HTMLElement>(selector);
        element?.focus();
        if (select && element instanceof HTMLInputElement) element.select();
      },
      { injector: this.injector },
    );
  }
}
