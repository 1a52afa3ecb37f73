import { httpResource } from '@angular/common/http';
import { computed, effect, inject, Injectable, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import { BandRole, Member } from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { bandUrl } from '../core/band/band-url';
import { refetchOn } from '../core/live/refetch-on';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';
import { isStaleMembership } from '../core/band/stale-rights';
import { BandFailure, bandAction } from './band-action';
import { BandsApi } from './bands-api';
import { bandFailureMessage } from './bands-messages';

/**
 * The members screen: the active band's members (read again when the active band changes), roles,
 * removals, leaving, and the invitation code. Every action is about the active band.
 */
@Injectable()
export class MembersStore {
  private readonly api = inject(BandsApi);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);
  private readonly list = httpResource<Member[]>(
    () => {
      const bandId = this.active.id();
      return bandId ? bandUrl(bandId, 'members') : undefined;
    },
    { defaultValue: [] },
  );
  private readonly memberAction = bandAction(this.session);
  private readonly leaveAction = bandAction(this.session, { leaving: true });
  private readonly inviteAction = bandAction(this.session);

  readonly bandId = this.active.id;
  readonly bandName = this.active.name;
  readonly bandStatus = this.active.status;
  readonly isAdmin = this.active.isAdmin;
  readonly myUserId = computed(() => this.session.user()?.id ?? null);
  readonly inviteCode = computed(() => this.active.band()?.inviteCode ?? null);
  /** The active band's members, in the server's order (who joined first). */
  readonly members = computed<readonly Member[]>(() => (this.list.hasValue() ? this.list.value() : []));
  readonly membersLoading = this.list.isLoading;
  readonly membersError = computed(() => {
    const error = this.list.error();
    return error ? bandFailureMessage(toApiFailure(error)) : null;
  });
  /** A role change or a removal; `subject` is the member's id. */
  readonly memberChange = this.memberAction.state;
  readonly leaving = this.leaveAction.state;
  readonly invite = this.inviteAction.state;

  constructor() {
    refetchOn({
      bandId: this.active.id,
      types: ['member.joined', 'member.left', 'member.role-changed'],
      refetch: () => this.list.reload(),
    });
    effect(() => {
      if (this.list.status() !== 'resolved') return;
      const read = this.list.value();
      // My role as the band sees it now (an admin may have changed it since GET /api/me).
      untracked(() => {
        const bandId = this.active.id();
        const me = read.find((member) => member.userId === this.myUserId());
        if (bandId && me && me.role !== this.active.role()) this.session.updateBand(bandId, { role: me.role });
      });
    });
    effect(() => {
      const error = this.list.error();
      if (error && isStaleMembership(toApiFailure(error))) untracked(() => void this.session.load());
    });
  }

  /** Reads the members and the band again (after a failed read). */
  reload(): void {
    this.list.reload();
    this.active.reload();
  }

  /** PATCH /api/bands/{id}/members/{userId} (admins; never one's own role). */
  changeRole(member: Member, role: BandRole): Promise<boolean> {
    return this.onActiveBand(this.memberAction, member.userId, async (bandId) => {
      const updated = await firstValueFrom(this.api.changeRole(bandId, member.userId, role));
      this.list.update((members) => members.map((m) => (m.userId === member.userId ? { ...member, ...updated } : m)));
    });
  }

  /** DELETE /api/bands/{id}/members/{userId} (admins): their access ends at once. */
  removeMember(member: Member): Promise<boolean> {
    return this.onActiveBand(this.memberAction, member.userId, async (bandId) => {
      await firstValueFrom(this.api.removeMember(bandId, member.userId));
      this.list.update((members) => members.filter((m) => m.userId !== member.userId));
    });
  }

  /**
   * Leaves the active band (DELETE of oneself); refused (409) to the last admin while others remain.
   * The session then says which band is active (another one, or none).
   */
  leave(): Promise<boolean> {
    const me = this.myUserId();
    if (!me) return Promise.resolve(false);
    return this.onActiveBand(this.leaveAction, me, async (bandId) => {
      await firstValueFrom(this.api.removeMember(bandId, me));
      await this.session.load();
    });
  }

  /** POST /api/bands/{id}/invite-code (admins): a new code; the old one stops working. */
  renewInviteCode(): Promise<boolean> {
    return this.onActiveBand(this.inviteAction, null, async (bandId) => {
      const { inviteCode } = await firstValueFrom(this.api.renewInviteCode(bandId));
      const band = this.active.band();
      if (band?.id === bandId) this.active.adopt({ ...band, inviteCode });
      else this.active.reload();
    });
  }

  private onActiveBand(
    action: Action<BandFailure>,
    subject: string | null,
    work: (bandId: string) => Promise<void>,
  ): Promise<boolean> {
    const bandId = this.active.id();
    return bandId ? action.run(() => work(bandId), subject) : Promise.resolve(false);
  }
}
