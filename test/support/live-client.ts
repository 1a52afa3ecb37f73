import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/** A live message as the socket delivers it: `type` and whatever else it carries. */
export type LiveMessage = { type: string } & Record<string, unknown>;

/**
 * A device's socket on GET /api/live through Node's own WebSocket (it answers pings like a browser):
 * every message kept in order, as parsed JSON and as the text that came on the wire.
 */
export class LiveClient {
  readonly messages: LiveMessage[] = [];
  readonly texts: string[] = [];
  /** When each message arrived (`performance.now()`), by the same index. */
  readonly receivedAt: number[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      this.receivedAt.push(performance.now());
      this.texts.push(String(event.data));
      this.messages.push(JSON.parse(String(event.data)) as LiveMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      socket.addEventListener('close', (event) => {
        resolve({ code: event.code, reason: event.reason });
        for (const wake of this.waiters.splice(0)) wake();
      }),
    );
  }

  /** Opens the socket as a browser of `baseUrl`'s page would (its Origin), and waits for the hello. */
  static async open(baseUrl: string, cookie: string | undefined): Promise<LiveClient> {
    const url = `${baseUrl.replace(/^http/, 'ws')}/api/live`;
    // Node's WebSocket (undici) takes headers, as a browser sends the page's cookie and origin.
    const options = { headers: { ...(cookie ? { cookie } : {}), origin: baseUrl } };
    const client = new LiveClient(new WebSocket(url, options as unknown as string[]));
    await client.next((message) => message.type === 'hello');
    return client;
  }

  /** The first message from `from` on (an index into `messages`) that matches, within `withinMs`. */
  async next(matches: (message: LiveMessage) => boolean = () => true, withinMs = 1000, from = 0): Promise<LiveMessage> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const found = this.messages.slice(from).find(matches);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0 || this.socket.readyState >= WebSocket.CLOSING) {
        throw new Error(`no matching live message within ${withinMs} ms; got ${JSON.stringify(this.messages)}`);
      }
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  send(text: string): void {
    this.socket.send(text);
  }

  close(): Promise<{ code: number; reason: string }> {
    this.socket.close();
    return this.closed;
  }
}

export interface UpgradeAnswer {
  status: number;
  contentType: string | undefined;
  body: string;
  /** The upgraded connection, on a 101: nothing answers its pings. */
  socket?: Socket;
}

/**
 * A WebSocket handshake by hand on a raw connection, to read a refusal's HTTP answer or to hold a socket
 * that never answers (Node's HTTP client drops some refusals as a hang-up).
 */
export function upgrade(baseUrl: string, headers: Record<string, string> = {}): Promise<UpgradeAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const lines = [
    'GET /api/live HTTP/1.1',
    `Host: ${hostname}:${port}`,
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const settle = () => {
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return false;
      const head = received.slice(0, end);
      const body = received.slice(end + 4);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      const contentType = /\r\ncontent-type: *([^\r\n]+)/i.exec(head)?.[1];
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (status === 101) {
        socket.removeAllListeners('data');
        resolve({ status, contentType, body: '', socket });
        return true;
      }
      if (Buffer.byteLength(body) < length) return false;
      resolve({ status, contentType, body });
      socket.destroy();
      return true;
    };
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      settle();
    });
    socket.on('close', () => settle() || reject(new Error(`no complete answer: ${received}`)));
    socket.on('error', reject);
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}
