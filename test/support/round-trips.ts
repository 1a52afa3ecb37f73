import pg from 'pg';

/** One statement sent to PostgreSQL: its text (whitespace collapsed) and, for a prepared one, its name. */
export interface SentStatement {
  sql: string;
  name?: string;
}

// What event handlers send once a write has committed (the live NOTIFY, the activity log's line): their
// own work, started after the commit and finished in their own time, not the request's round trips.
const AFTER_COMMIT = /^(select pg_notify\(|insert into activity )/;

/**
 * The statements the process sends to PostgreSQL while `work` runs, in order, leaving out what event
 * handlers send after the commit (AFTER_COMMIT): each `pg` query is one
 * round trip (BEGIN and COMMIT included). For API tests, whose app runs in the test's own process:
 *   const statements = await statementsSentDuring(() => api.get('/api/me'));
 * Only one piece of work may be counted at a time, and nothing else should query meanwhile.
 */
export async function statementsSentDuring(work: () => Promise<unknown>): Promise<SentStatement[]> {
  const sent: SentStatement[] = [];
  const query = pg.Client.prototype.query;
  if ((query as { counting?: boolean }).counting) throw new Error('statementsSentDuring is already counting');
  const counting = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args;
    const { text, name } = typeof config === 'string' ? { text: config, name: undefined } : (config as pg.QueryConfig);
    const sql = String(text).replace(/\s+/g, ' ').trim();
    if (!AFTER_COMMIT.test(sql)) sent.push({ sql, ...(name ? { name } : {}) });
    return (query as (...rest: unknown[]) => unknown).apply(this, args);
  };
  Object.assign(counting, { counting: true });
  pg.Client.prototype.query = counting as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}

/** The text of each statement `work` sends (see statementsSentDuring). */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  return (await statementsSentDuring(work)).map((statement) => statement.sql);
}
