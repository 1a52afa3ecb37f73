import type { LiveConnection } from '../application/live-connection.js';

/** A socket that keeps what the hub sends it, and how it was closed. */
export class RecordingConnection implements LiveConnection {
  readonly sent: { type: string; [field: string]: unknown }[] = [];
  closedWith: { code: number; reason: string } | null = null;

  constructor(
    readonly userId: string,
    readonly sessionId = `session-of-${userId}`,
  ) {}

  send(text: string): void {
    this.sent.push(JSON.parse(text));
  }

  close(code: number, reason: string): void {
    this.closedWith = { code, reason };
  }

  types(): string[] {
    return this.sent.map((message) => message.type);
  }
}
