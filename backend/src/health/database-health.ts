export type DatabaseState = 'up' | 'down' | 'not-used';

/** Whether the database answers; a port so the app can boot without one (PERSISTENCE=memory). */
export abstract class DatabaseHealth {
  abstract check(): Promise<DatabaseState>;
}
