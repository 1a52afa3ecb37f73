import { isPlatformServer } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import {
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  EnvironmentProviders,
  inject,
  Injectable,
  Injector,
  makeEnvironmentProviders,
  PLATFORM_ID,
  provideEnvironmentInitializer,
  signal,
  untracked,
} from '@angular/core';
import { firstValueFrom, Observable, Subject } from 'rxjs';

import { ApiFailure, toApiFailure } from '../api/api-failure';
import { whenIdle } from '../browser/yield-to-main';
import { genericFailureMessage } from '../api/failure-messages';
import { OnlineStatus } from '../pwa/online-status';
import { SessionStore } from '../session/session-store';
import { OUTBOX_KINDS, OutboxKind } from './outbox-kind';
import { EMPTY_OUTBOX, OUTBOX_STORAGE_KEY, OutboxEntry, readOutbox, StoredOutbox, writeOutbox } from './outbox-storage';

/** What became of one action. */
export type OutboxOutcome<R> =
  | { readonly status: 'sent'; readonly answer: R }
  | { readonly status: 'refused'; readonly failure: ApiFailure; readonly message: string }
  /** A later action on the same target replaced it before it was sent (or another tab took it). */
  | { readonly status: 'superseded' }
  /** The user signed out (or another one signed in) before it could be sent. */
  | { readonly status: 'discarded' };

/** An answer of the server to an action, whenever it was made (before a reload too). */
export interface OutboxDelivery {
  readonly kind: string;
  readonly target: string;
  readonly payload: unknown;
  readonly outcome: Extract<OutboxOutcome<unknown>, { status: 'sent' | 'refused' }>;
}

/** A refusal to show until the user dismisses it. */
export interface OutboxNotice {
  readonly id: string;
  readonly message: string;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Actions that must reach the server even when the network is gone (a vote, a level): each is
 * kept on this device (localStorage, per user, see ADR 0021) until the server has answered it,
 * sent one at a time in the order they were made, as soon as the app is online and the session
 * is its author's. The latest action on a target replaces an unsent earlier one. A refusal (4xx)
 * drops the action with a notice; no answer (offline, 5xx, 429) keeps it and retries with backoff.
 *
 * Screens show `pending()` over the server's last answer, and apply every answer from `delivered`
 * (or from the promise `submit()` returns): when an action is refused, what shows is the server's
 * state again.
 */
@Injectable({ providedIn: 'root' })
export class Outbox {
  private readonly http = inject(HttpClient);
  private readonly connectivity = inject(OnlineStatus);
  private readonly session = inject(SessionStore);
  private readonly kinds = new Map((inject(OUTBOX_KINDS, { optional: true }) ?? []).map((kind) => [kind.name, kind]));

  private readonly stored = signal<StoredOutbox>(this.withKnownKinds(readOutbox()));
  private readonly noticeList = signal<readonly OutboxNotice[]>([]);
  private readonly deliveries = new Subject<OutboxDelivery>();
  private readonly waiting = new Map<string, (outcome: OutboxOutcome<unknown>) => void>();
  private inFlight: string | null = null;
  private flushing = false;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;

  /** The signed-in user's actions not answered yet, oldest first (nobody's while signed out). */
  readonly entries = computed<readonly OutboxEntry[]>(() => {
    const { userId, entries } = this.stored();
    return userId !== null && userId === this.session.user()?.id ? entries : [];
  });
  readonly count = computed(() => this.entries().length);
  readonly notices = this.noticeList.asReadonly();
  readonly delivered: Observable<OutboxDelivery> = this.deliveries.asObservable();

  private readonly latest = computed(() => {
    const latest = new Map<string, unknown>();
    for (const entry of this.entries()) latest.set(keyOf(entry.kind, entry.target), entry.payload);
    return latest;
  });

  constructor() {
    let wasOnline = false;
    effect(() => {
      const status = this.session.status();
      const userId = this.session.user()?.id ?? null;
      const online = this.connectivity.online();
      untracked(() => {
        const owner = this.stored().userId;
        if (status === 'signed-out' || (userId !== null && owner !== null && owner !== userId)) this.forget();
        if (online && !wasOnline) this.failures = 0;
        wasOnline = online;
        if (online && userId !== null) void this.flush();
      });
    });

    // Another tab of the app changed the outbox: follow it (its actions are ours to show and send).
    const view = inject(DOCUMENT).defaultView;
    const follow = (event: StorageEvent) => {
      if (event.key === OUTBOX_STORAGE_KEY || event.key === null) this.adopt(this.withKnownKinds(readOutbox()));
    };
    view?.addEventListener('storage', follow);
    inject(DestroyRef).onDestroy(() => {
      view?.removeEventListener('storage', follow);
      clearTimeout(this.retry);
    });
  }

  /**
   * Keeps the action and sends it as soon as it can. Resolves once its fate is known: the server's
   * answer, a refusal, replaced by a later action, or discarded at sign-out (which can be long
   * after, while offline; `pending()` shows it meanwhile).
   */
  submit<P, R>(kind: OutboxKind<P, R>, payload: P): Promise<OutboxOutcome<R>> {
    if (this.kinds.get(kind.name) !== kind) {
      throw new Error(`Outbox kind "${kind.name}" is not registered: add it to provideOutboxKinds().`);
    }
    const userId = this.session.user()?.id;
    if (!userId) return Promise.resolve({ status: 'discarded' });
    const owner = this.stored().userId;
    if (owner !== null && owner !== userId) this.forget();

    const target = kind.target(payload);
    const entry: OutboxEntry = { id: newId(), kind: kind.name, target, payload };
    // The one being sent cannot be called back: the new one follows it.
    const replaced = this.stored().entries.filter(
      (e) => e.kind === kind.name && e.target === target && e.id !== this.inFlight,
    );
    this.save({
      userId,
      entries: [...this.stored().entries.filter((e) => !replaced.includes(e)), entry],
    });
    for (const old of replaced) this.resolve(old.id, { status: 'superseded' });

    const outcome = new Promise<OutboxOutcome<R>>((resolve) =>
      this.waiting.set(entry.id, resolve as (outcome: OutboxOutcome<unknown>) => void),
    );
    void this.flush();
    return outcome;
  }

  /** The value of the latest action on this target still waiting for the server, if any. */
  pending<P>(kind: OutboxKind<P, unknown>, target: string): P | undefined {
    return this.latest().get(keyOf(kind.name, target)) as P | undefined;
  }

  isPending(kind: OutboxKind<unknown, unknown>, target: string): boolean {
    return this.latest().has(keyOf(kind.name, target));
  }

  dismiss(noticeId: string): void {
    this.noticeList.update((notices) => notices.filter((notice) => notice.id !== noticeId));
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    clearTimeout(this.retry);
    try {
      for (;;) {
        const { userId, entries } = this.stored();
        const next = entries[0];
        // Checked before every request: never one user's action under another user's session.
        if (!next || !this.connectivity.online() || userId === null || this.session.user()?.id !== userId) return;
        const failure = await this.send(next);
        if (failure) {
          this.scheduleRetry(failure);
          return;
        }
        this.failures = 0;
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Sends one action; resolves with the failure when it must be tried again later. */
  private async send(entry: OutboxEntry): Promise<ApiFailure | null> {
    const kind = this.kinds.get(entry.kind)!;
    this.inFlight = entry.id;
    try {
      const answer = await firstValueFrom(kind.send(entry.payload, this.http));
      this.settle(entry, { status: 'sent', answer });
      return null;
    } catch (error) {
      const failure = toApiFailure(error);
      if (isTransient(failure)) return failure;
      if (failure.status === 401) {
        // The session is over (the auth interceptor signs out): nobody may send these any more.
        this.forget();
        return null;
      }
      const message = kind.refusal?.(entry.payload, failure) ?? refusalMessage(failure);
      if (this.settle(entry, { status: 'refused', failure, message })) {
        this.noticeList.update((notices) => [...notices, { id: entry.id, message }]);
      }
      return null;
    } finally {
      this.inFlight = null;
    }
  }

  /**
   * Drops the answered action and hands the answer on; false when it was dropped meanwhile, or
   * when its author's session ended while it was on its way (the answer is not the next user's).
   */
  private settle(entry: OutboxEntry, outcome: OutboxDelivery['outcome']): boolean {
    const { userId, entries } = this.stored();
    if (!entries.some((e) => e.id === entry.id) || this.session.user()?.id !== userId) return false;
    this.save({ userId, entries: entries.filter((e) => e.id !== entry.id) });
    this.resolve(entry.id, outcome);
    this.deliveries.next({ kind: entry.kind, target: entry.target, payload: entry.payload, outcome });
    return true;
  }

  private scheduleRetry(failure: ApiFailure): void {
    this.failures++;
    const backoff = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    const asked = (failure.retryAfterSeconds ?? 0) * 1000;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.flush(), Math.max(backoff, asked));
  }

  /** Signed out, or another user: their actions, answers and notices are gone from this device. */
  private forget(): void {
    // Nothing kept (every guest's start): no write to localStorage.
    if (!this.stored().entries.length && !this.noticeList().length) return;
    const dropped = this.stored().entries;
    this.save(EMPTY_OUTBOX);
    this.noticeList.set([]);
    clearTimeout(this.retry);
    this.failures = 0;
    for (const entry of dropped) this.resolve(entry.id, { status: 'discarded' });
  }

  private adopt(outbox: StoredOutbox): void {
    const kept = new Set(outbox.entries.map((entry) => entry.id));
    const gone = this.stored().entries.filter((entry) => !kept.has(entry.id));
    this.stored.set(outbox);
    for (const entry of gone) this.resolve(entry.id, { status: 'superseded' });
  }

  private save(outbox: StoredOutbox): void {
    this.stored.set(outbox);
    writeOutbox(outbox);
  }

  private resolve(entryId: string, outcome: OutboxOutcome<unknown>): void {
    this.waiting.get(entryId)?.(outcome);
    this.waiting.delete(entryId);
  }

  private withKnownKinds(outbox: StoredOutbox): StoredOutbox {
    return { ...outbox, entries: outbox.entries.filter((entry) => this.kinds.has(entry.kind)) };
  }
}

/**
 * Registers the kinds of action the outbox sends, and starts it with the app so that actions kept
 * before a reload are sent even if no screen that makes them is opened: once the browser is idle
 * after the start-up (ADR 0039), unless a screen needed it first. Not when prerendering.
 */
export function provideOutboxKinds(...kinds: OutboxKind<unknown, unknown>[]): EnvironmentProviders {
  return makeEnvironmentProviders([
    ...kinds.map((kind) => ({ provide: OUTBOX_KINDS, multi: true, useValue: kind })),
    provideEnvironmentInitializer(() => {
      if (isPlatformServer(inject(PLATFORM_ID))) return;
      const injector = inject(Injector);
      let destroyed = false;
      inject(DestroyRef).onDestroy(() => (destroyed = true));
      whenIdle(inject(DOCUMENT).defaultView, () => destroyed || injector.get(Outbox));
    }),
  ]);
}

/** No answer worth acting on: offline (0), the service worker's 504, a server error, a rate limit. */
function isTransient(failure: ApiFailure): boolean {
  return failure.status === 0 || failure.status === 408 || failure.status === 429 || failure.status >= 500;
}

function refusalMessage(failure: ApiFailure): string {
  const reason = genericFailureMessage(failure);
  return $localize`:@@outbox.refused:Une action n'a pas pu être enregistrée : ${reason}:reason:`;
}

function keyOf(kind: string, target: string): string {
  return `${kind}:${target}`;
}

/** Local ids only; crypto.randomUUID needs a secure context, which a LAN install may not have. */
function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
