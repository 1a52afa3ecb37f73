import type { WebSocket } from 'ws';
import type { LiveConnection } from '../../application/live-connection.js';

/**
 * One device's socket. Its send buffer is bounded: a phone that does not read (a bad network, a
 * frozen tab) is dropped rather than held in memory, and its client reconnects and reads again (ADR
 * 0045). It answers the heartbeat, or the next beat drops it.
 */
export class LiveSocket implements LiveConnection {
  private alive = true;

  constructor(
    private readonly socket: WebSocket,
    readonly userId: string,
    readonly sessionId: string,
    private readonly maxBufferedBytes: number,
  ) {
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  send(text: string): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    // Our messages are ASCII (ids, counts): their length is their size in bytes.
    if (this.socket.bufferedAmount + text.length > this.maxBufferedBytes) {
      this.socket.terminate();
      return;
    }
    this.socket.send(text);
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  /** One beat of the heartbeat: the socket that did not answer the last ping is dropped. */
  beat(): void {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }
}
