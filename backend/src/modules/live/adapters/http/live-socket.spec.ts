import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import type { WebSocket } from 'ws';
import { LiveSocket } from './live-socket.js';

/** What LiveSocket uses of a ws socket: a peer that reads (or not) what is sent, and answers pings (or not). */
class FakeWebSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: string[] = [];
  pings = 0;
  terminated = false;

  send(text: string): void {
    this.sent.push(text);
  }
  ping(): void {
    this.pings += 1;
  }
  terminate(): void {
    this.terminated = true;
    this.readyState = 3;
  }
  close(): void {
    this.readyState = 2;
  }
}

function aSocket(maxBufferedBytes = 100) {
  const ws = new FakeWebSocket();
  return { ws, live: new LiveSocket(ws as unknown as WebSocket, 'sam', 'phone', maxBufferedBytes) };
}

describe('LiveSocket', () => {
  it('sends while the peer reads, and drops a peer that lets its buffer fill past the bound', () => {
    const { ws, live } = aSocket(100);
    live.send('{"type":"vote.changed"}');
    ws.bufferedAmount = 90;
    live.send('{"type":"vote.changed","votes":2}');
    expect(ws.sent).toEqual(['{"type":"vote.changed"}']);
    expect(ws.terminated).toBe(true);
    live.send('{"type":"vote.changed","votes":3}');
    expect(ws.sent).toHaveLength(1);
  });

  it('pings at each beat, and drops the peer that did not answer the last ping', () => {
    const { ws, live } = aSocket();
    live.beat();
    ws.emit('pong');
    live.beat();
    expect([ws.pings, ws.terminated]).toEqual([2, false]);
    live.beat();
    expect([ws.pings, ws.terminated]).toEqual([2, true]);
  });
});
