import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { DatabaseHealth, type DatabaseState } from './database-health.js';

const TIMEOUT_MS = 2000;

/** Asks PostgreSQL itself (`select 1`), not the pool's idea of it, within two seconds. */
@Injectable()
export class MikroOrmDatabaseHealth extends DatabaseHealth {
  constructor(private readonly orm: MikroORM) {
    super();
  }

  async check(): Promise<DatabaseState> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
    });
    try {
      await Promise.race([this.orm.em.fork().execute('select 1'), timeout]);
      return 'up';
    } catch {
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
