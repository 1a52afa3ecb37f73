import { computed, inject, Injectable, signal, WritableSignal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApiFailure, hasCode, toApiFailure } from '../core/api/api-failure';
import {
  Band,
  BandRole,
  ErrorCode,
  FieldError,
  Member,
  MyBandWithCount,
  UpdateBandRequest,
} from '../core/api/api-types';
import { ActiveBand } from '../core/band/active-band';
import { SessionStore } from '../core/session/session-store';
import { BandsApi } from './bands-api';
import { bandFailureMessage, bandFieldErrors } from './bands-messages';

export interface ActionState {
  readonly pending: boolean;
  readonly done: boolean;
  /** A sentence for the whole action, when the failure belongs to no single field. */
  readonly error: string | null;
  readonly fieldErrors: readonly FieldError[];
  /** The failure's stable code (problem+json `code`), for screens that react to one. */
  readonly code: string | null;
  /** The member the action is about (role change, removal). */
  readonly userId: string | null;
}

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

interface ListState<T> {
  /** The band the list belongs to (members), or 'mine' (my bands). */
  readonly key: string | null;
  readonly items: readonly T[];
  readonly status: LoadStatus;
  readonly error: string | null;
}

const IDLE: ActionState = { pending: false, done: false, error: null, fieldErrors: [], code: null, userId: null };
const NO_LIST = { key: null, items: [], status: 'idle', error: null } as const;

/**
 * The bands feature: create or join a band, my bands, the active band's members and settings, its
 * invitation code. Which band is active is the session's (SessionStore / ActiveBand); every action
 * here is about that band, and the session is kept in step with what the server answers.
 */
@Injectable()
export class BandsStore {
  private readonly api = inject(BandsApi);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);

  private readonly myBandsState = signal<ListState<MyBandWithCount>>(NO_LIST);
  private readonly membersState = signal<ListState<Member>>(NO_LIST);
  private readonly createState = signal(IDLE);
  private readonly joinState = signal(IDLE);
  private readonly settingsState = signal(IDLE);
  private readonly inviteState = signal(IDLE);
  private readonly memberActionState = signal(IDLE);
  private readonly switchState = signal(IDLE);

  readonly activeBandId = this.active.id;
  readonly band = this.active.band;
  readonly bandStatus = this.active.status;
  readonly bandName = this.active.name;
  readonly isAdmin = this.active.isAdmin;
  readonly myUserId = computed(() => this.session.user()?.id ?? null);

  readonly myBands = computed(() => this.myBandsState().items);
  readonly myBandsStatus = computed(() => this.myBandsState().status);
  readonly myBandsError = computed(() => this.myBandsState().error);
  /** The active band's members, in the server's order (who joined first). */
  readonly members = computed(() => {
    const state = this.membersState();
    return state.key === this.activeBandId() ? state.items : [];
  });
  readonly membersStatus = computed<LoadStatus>(() => {
    const state = this.membersState();
    return state.key === this.activeBandId() ? state.status : 'idle';
  });
  readonly membersError = computed(() => this.membersState().error);

  readonly creation = this.createState.asReadonly();
  readonly joining = this.joinState.asReadonly();
  readonly settings = this.settingsState.asReadonly();
  readonly invite = this.inviteState.asReadonly();
  readonly memberAction = this.memberActionState.asReadonly();
  readonly switching = this.switchState.asReadonly();

  /** POST /api/bands: the creator is its admin and it becomes the active band. */
  async create(name: string): Promise<Band | null> {
    let created: Band | null = null;
    await this.run(this.createState, async () => {
      const { band } = await firstValueFrom(this.api.create(name));
      this.adopt(band, 'admin');
      created = band;
    });
    return created;
  }

  /** POST /api/bands/join (idempotent for a member): it becomes the active band. */
  async join(inviteCode: string): Promise<Band | null> {
    let joined: Band | null = null;
    await this.run(this.joinState, async () => {
      const { band, role } = await firstValueFrom(this.api.join(inviteCode));
      this.adopt(band, role);
      joined = band;
    });
    return joined;
  }

  resetJoin(): void {
    this.joinState.set(IDLE);
  }

  /** GET /api/bands: my bands with their size (the last answer stays readable offline). */
  async loadMyBands(): Promise<void> {
    this.myBandsState.update((state) => ({ ...state, key: 'mine', status: 'loading', error: null }));
    try {
      const items = await firstValueFrom(this.api.myBands());
      this.myBandsState.set({ key: 'mine', items, status: 'loaded', error: null });
    } catch (error) {
      const message = bandFailureMessage(toApiFailure(error));
      this.myBandsState.update((state) => ({ ...state, status: 'failed', error: message }));
    }
  }

  /** PUT /api/me/active-band: every band screen follows. */
  switchTo(bandId: string): Promise<boolean> {
    return this.run(this.switchState, () => this.session.switchBand(bandId));
  }

  /** GET /api/bands/{id}/members for the active band (or `bandId`). */
  async loadMembers(bandId: string | null = this.activeBandId()): Promise<void> {
    if (!bandId) {
      this.membersState.set(NO_LIST);
      return;
    }
    this.membersState.update((state) => ({
      key: bandId,
      items: state.key === bandId ? state.items : [],
      status: 'loading',
      error: null,
    }));
    try {
      const items = await firstValueFrom(this.api.members(bandId));
      if (this.activeBandId() !== bandId) return;
      this.membersState.set({ key: bandId, items, status: 'loaded', error: null });
      // My role as the band sees it now (an admin may have changed it since GET /api/me).
      const me = items.find((member) => member.userId === this.myUserId());
      if (me && me.role !== this.active.role()) this.session.updateBand(bandId, { role: me.role });
    } catch (error) {
      if (this.activeBandId() !== bandId) return;
      const failure = toApiFailure(error);
      this.membersState.update((state) => ({ ...state, status: 'failed', error: bandFailureMessage(failure) }));
      this.afterRefusal(failure);
    }
  }

  /** PATCH /api/bands/{id}/members/{userId} (admins; never one's own role). */
  changeRole(member: Member, role: BandRole): Promise<boolean> {
    const bandId = this.activeBandId();
    if (!bandId) return Promise.resolve(false);
    return this.run(
      this.memberActionState,
      async () => {
        const updated = await firstValueFrom(this.api.changeRole(bandId, member.userId, role));
        this.replaceMember(bandId, { ...member, ...updated });
      },
      { userId: member.userId },
    );
  }

  /** DELETE /api/bands/{id}/members/{userId} (admins): their access ends at once. */
  removeMember(member: Member): Promise<boolean> {
    const bandId = this.activeBandId();
    if (!bandId) return Promise.resolve(false);
    return this.run(
      this.memberActionState,
      async () => {
        await firstValueFrom(this.api.removeMember(bandId, member.userId));
        this.membersState.update((state) =>
          state.key === bandId ? { ...state, items: state.items.filter((m) => m.userId !== member.userId) } : state,
        );
      },
      { userId: member.userId },
    );
  }

  /**
   * Leaves the active band (DELETE of oneself); refused (409) to the last admin while others remain.
   * The session then says which band is active (another one, or none).
   */
  leave(): Promise<boolean> {
    const bandId = this.activeBandId();
    const me = this.myUserId();
    if (!bandId || !me) return Promise.resolve(false);
    return this.run(
      this.memberActionState,
      async () => {
        await firstValueFrom(this.api.removeMember(bandId, me));
        this.membersState.set(NO_LIST);
        await this.session.load();
      },
      { userId: me, leaving: true },
    );
  }

  resetMemberAction(): void {
    this.memberActionState.set(IDLE);
  }

  /** PATCH /api/bands/{id} (admins): the answer is the band as saved. */
  saveSettings(changes: UpdateBandRequest): Promise<boolean> {
    const bandId = this.activeBandId();
    if (!bandId) return Promise.resolve(false);
    return this.run(this.settingsState, async () => {
      this.active.adopt(await firstValueFrom(this.api.update(bandId, changes)));
    });
  }

  /** POST /api/bands/{id}/invite-code (admins): a new code; the old one stops working. */
  renewInviteCode(): Promise<boolean> {
    const bandId = this.activeBandId();
    if (!bandId) return Promise.resolve(false);
    return this.run(this.inviteState, async () => {
      const { inviteCode } = await firstValueFrom(this.api.renewInviteCode(bandId));
      const band = this.active.band();
      if (band?.id === bandId) this.active.adopt({ ...band, inviteCode });
      else await this.active.reload();
    });
  }

  private adopt(band: Band, role: BandRole): void {
    this.session.adoptBand({ id: band.id, name: band.name, role });
    this.active.adopt(band);
  }

  private replaceMember(bandId: string, member: Member): void {
    this.membersState.update((state) =>
      state.key === bandId
        ? { ...state, items: state.items.map((m) => (m.userId === member.userId ? member : m)) }
        : state,
    );
  }

  private async run(
    state: WritableSignal<ActionState>,
    action: () => Promise<unknown>,
    options: { userId?: string; leaving?: boolean } = {},
  ): Promise<boolean> {
    const userId = options.userId ?? null;
    state.set({ ...IDLE, pending: true, userId });
    try {
      await action();
      state.set({ ...IDLE, done: true, userId });
      return true;
    } catch (error) {
      const failure = toApiFailure(error);
      const fieldErrors = failure.status === 400 ? bandFieldErrors(failure) : [];
      state.set({
        ...IDLE,
        error: fieldErrors.length ? null : bandFailureMessage(failure, { leaving: options.leaving }),
        fieldErrors,
        code: failure.code,
        userId,
      });
      this.afterRefusal(failure);
      return false;
    }
  }

  /** A 403 or 404 means my role or my membership changed elsewhere: ask the session again. */
  private afterRefusal(failure: ApiFailure): void {
    const stale =
      hasCode(failure, ErrorCode.insufficientRole) ||
      hasCode(failure, ErrorCode.bandNotFound) ||
      (failure.status === 403 && !failure.code);
    if (stale) void this.session.load();
  }
}
