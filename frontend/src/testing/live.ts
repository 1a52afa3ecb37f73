import { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { LiveConnection } from '../app/core/live/live-connection';
import { LiveBandMessage } from '../app/core/live/live-message';
import { LIVE_SOCKET } from '../app/core/live/live-socket';
import { COALESCE_MS } from '../app/core/live/refetch-on';
import { BAND_ID } from './fixtures';

/** A WebSocket the spec drives: it opens, talks and closes when told. */
export class FakeSocket {
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  /** What the app sent, as sent. */
  readonly sent: string[] = [];

  constructor(readonly url: string) {}

  close(): void {
    this.closed = true;
  }

  /** The server accepted the upgrade (and says nothing yet). */
  open(): void {
    this.onopen?.(new Event('open'));
  }

  /** The server accepted the upgrade and said hello. */
  accept(bands: readonly string[] = [BAND_ID]): void {
    this.open();
    this.deliver({ type: 'hello', bands });
  }

  send(data: string): void {
    this.sent.push(data);
  }

  /** A message from the server. */
  deliver(message: object): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(message) }));
  }

  /** The connection ended (refused before the upgrade when it never opened). */
  drop(code = 1006): void {
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

/** The sockets opened, in order, through LIVE_SOCKET. */
export class FakeSockets {
  readonly opened: FakeSocket[] = [];

  get last(): FakeSocket {
    const socket = this.opened.at(-1);
    if (!socket) throw new Error('no live socket opened');
    return socket;
  }

  readonly provider: Provider = {
    provide: LIVE_SOCKET,
    useValue: (url: string) => {
      const socket = new FakeSocket(url);
      this.opened.push(socket);
      return socket as unknown as WebSocket;
    },
  };
}

/** Starts the live connection of a signed-in spec and has the server accept it. */
export function connectLive(sockets: FakeSockets): FakeSocket {
  TestBed.inject(LiveConnection).start();
  TestBed.tick();
  sockets.last.accept();
  return sockets.last;
}

type Sketch<M> = M extends LiveBandMessage ? Omit<M, 'bandId' | 'at'> & { readonly bandId?: string } : never;

/** A message of the fixtures' band (unless told), just now. */
export function aLiveMessage(message: Sketch<LiveBandMessage>): LiveBandMessage {
  return { bandId: BAND_ID, at: '2026-12-02T18:00:00.000Z', ...message } as LiveBandMessage;
}

/** Waits (in real time) past refetchOn's window, then lets the reads it started go out. */
export async function afterCoalescing(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, COALESCE_MS + 20));
  TestBed.tick();
}
