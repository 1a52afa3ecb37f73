/** What a command returns when it opens a session: the cookie token and who it belongs to. */
export interface OpenedSession {
  userId: string;
  token: string;
  expiresAt: Date;
}

/** What registration and login answer: the new session, and its user as the answer shows them. */
export interface SignedIn extends OpenedSession {
  user: { id: string; username: string; displayName: string };
}

/** The acting user, as the session guard resolves it for every request. */
export interface Principal {
  userId: string;
  sessionId: string;
}
