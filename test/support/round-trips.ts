import pg from 'pg';

/**
 * The statements the process sends to PostgreSQL while `work` runs, in order: each `pg` query is one
 * round trip (BEGIN and COMMIT included). For API tests, whose app runs in the test's own process:
 *   const statements = await statementsDuring(() => api.get('/api/me'));
 * Only one piece of work may be counted at a time, and nothing else should query meanwhile.
 */
export async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const query = pg.Client.prototype.query;
  if ((query as { counting?: boolean }).counting) throw new Error('statementsDuring is already counting');
  const counting = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args;
    statements.push(typeof config === 'string' ? config : String((config as { text?: string }).text));
    return (query as (...rest: unknown[]) => unknown).apply(this, args);
  };
  Object.assign(counting, { counting: true });
  pg.Client.prototype.query = counting as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return statements.map((sql) => sql.replace(/\s+/g, ' ').trim());
}
