/** One open socket, as the hub sees it: whose it is and how to reach it (the adapter bounds its buffer). */
export interface LiveConnection {
  readonly userId: string;
  readonly sessionId: string;
  send(text: string): void;
  close(code: number, reason: string): void;
}

/** WebSocket close codes the server uses (ADR 0045); 4xxx are the app's own. */
export const CLOSE = {
  /** The server stops (1001 Going Away): reconnect later. */
  goingAway: 1001,
  /** Notices may have been missed (1012 Service Restart): reconnect, and refetch what is shown. */
  restart: 1012,
  /** The session was revoked: reconnecting needs to sign in again. */
  sessionEnded: 4401,
} as const;
