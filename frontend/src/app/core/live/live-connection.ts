import { HttpErrorResponse } from '@angular/common/http';
import { isPlatformBrowser } from '@angular/common';
import {
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  Injectable,
  Injector,
  PLATFORM_ID,
  signal,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';
import { filter, firstValueFrom, Observable, Subject } from 'rxjs';

import { endExpiredSession } from '../auth/session-expiry';
import { OnlineStatus } from '../pwa/online-status';
import { SessionApi } from '../session/session-api';
import { SessionStore } from '../session/session-store';
import { LiveBandMessage, LiveHello, LiveMessageOf, LiveMessageType } from './live-message';
import { LIVE_SOCKET, liveUrl, retryDelay } from './live-socket';

/** The server's close code for a socket whose session was revoked (ADR 0045). */
const SESSION_ENDED = 4401;
/** How long a socket asked after a wake-up has to answer. */
const PONG_WAIT_MS = 5_000;

/** `off`: no socket (signed out, offline, or waiting to try again); `open`: the server said hello. */
export type LiveStatus = 'off' | 'connecting' | 'open';

/**
 * The app's one live connection (GET /api/live, ADR 0047): open while signed in and online, in the
 * browser only; tried again after a loss with a growing, jittered delay, at once when the phone
 * wakes or the network returns. A refused connection asks whether the session is still valid: a 401
 * ends it, and nothing is tried again until someone signs in. Screens follow through `refetchOn`.
 */
@Injectable({ providedIn: 'root' })
export class LiveConnection {
  private readonly session = inject(SessionStore);
  private readonly sessionApi = inject(SessionApi);
  private readonly router = inject(Router);
  private readonly online = inject(OnlineStatus).online;
  private readonly openSocket = inject(LIVE_SOCKET);
  private readonly view = inject(DOCUMENT).defaultView;
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  private readonly incoming = new Subject<LiveBandMessage>();
  private readonly resyncs = new Subject<void>();
  private readonly state = signal<LiveStatus>('off');
  private socket: WebSocket | null = null;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private pongWait: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** A hello came since sign-in: the next one follows a gap in which messages may have been missed. */
  private greeted = false;
  private checkingSession = false;
  private started = false;

  /** Every band's messages, as they come. */
  readonly messages: Observable<LiveBandMessage> = this.incoming.asObservable();
  /** After each reconnection: what a screen shows may have changed meanwhile, it reads it again. */
  readonly resynced: Observable<void> = this.resyncs.asObservable();
  readonly status = this.state.asReadonly();

  /** The messages of these types about the band `bandId()` names when they come. */
  of<T extends LiveMessageType>(bandId: () => string | null, types: readonly T[]): Observable<LiveMessageOf<T>> {
    const wanted: readonly string[] = types;
    return this.messages.pipe(
      filter((message): message is LiveMessageOf<T> => wanted.includes(message.type) && message.bandId === bandId()),
    );
  }

  /** Follows the session from now on (once, at app start); nothing on the server-side render. */
  start(): void {
    const view = this.view;
    if (this.started || !this.browser || !view) return;
    this.started = true;
    effect(
      () => {
        const signedIn = this.session.isSignedIn();
        const online = this.online();
        untracked(() => {
          if (!signedIn) this.stop(true);
          else if (!online) this.stop(false);
          else this.connectNow();
        });
      },
      { injector: this.injector },
    );
    const wake = () => {
      if (view.document.visibilityState === 'visible') this.wake();
    };
    view.document.addEventListener('visibilitychange', wake);
    this.destroyRef.onDestroy(() => {
      view.document.removeEventListener('visibilitychange', wake);
      this.stop(true);
    });
  }

  /** Tries now (no wait left) unless a socket is open or opening, or there is no reason to. */
  private connectNow(): void {
    if (!this.session.isSignedIn() || !this.online() || this.socket) return;
    clearTimeout(this.retry);
    const view = this.view;
    if (!view) return;
    const socket = this.openSocket(liveUrl(view.location));
    this.socket = socket;
    this.state.set('connecting');
    let opened = false;
    socket.onopen = () => (opened = true);
    socket.onmessage = (event: MessageEvent) => {
      if (this.socket !== socket) return;
      clearTimeout(this.pongWait);
      this.receive(event.data);
    };
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.state.set('off');
      clearTimeout(this.pongWait);
      // The browser hides why an upgrade was refused: a 401 is found out by asking the session, as
      // when the server says the session ended.
      if (!opened || event.code === SESSION_ENDED) void this.checkSession();
      this.retry = setTimeout(() => this.connectNow(), retryDelay(this.failures++));
    };
  }

  /**
   * The phone woke up: a socket that looks open may have died while it slept. The server answers a
   * ping at once; without an answer within 5 s, another socket replaces it.
   */
  private wake(): void {
    const socket = this.socket;
    if (!socket || this.state() !== 'open') {
      this.connectNow();
      return;
    }
    clearTimeout(this.pongWait);
    socket.send(JSON.stringify({ type: 'ping' }));
    this.pongWait = setTimeout(() => {
      if (this.socket !== socket) return;
      this.socket = null;
      socket.close();
      this.connectNow();
    }, PONG_WAIT_MS);
  }

  /** `forget`: signed out, so the next connection is a first one, not a reconnection. */
  private stop(forget: boolean): void {
    clearTimeout(this.retry);
    clearTimeout(this.pongWait);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000);
    this.state.set('off');
    if (forget) {
      this.greeted = false;
      this.failures = 0;
    }
  }

  private receive(data: unknown): void {
    const message = parse(data);
    if (!message) return;
    if (message.type === 'hello') {
      this.state.set('open');
      this.failures = 0;
      if (this.greeted) this.resyncs.next();
      this.greeted = true;
    } else {
      this.incoming.next(message);
    }
  }

  private async checkSession(): Promise<void> {
    if (this.checkingSession) return;
    this.checkingSession = true;
    try {
      await firstValueFrom(this.sessionApi.getMe());
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401 && this.session.isSignedIn()) {
        endExpiredSession(this.session, this.router);
      }
    } finally {
      this.checkingSession = false;
    }
  }
}

/** A message of the server's, or null for anything else. */
function parse(data: unknown): LiveHello | LiveBandMessage | null {
  if (typeof data !== 'string') return null;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { type, bandId } = message as { type?: unknown; bandId?: unknown };
  if (type === 'hello') return message as LiveHello;
  return typeof type === 'string' && typeof bandId === 'string' ? (message as LiveBandMessage) : null;
}
