import { Injectable } from '@nestjs/common';
import { DatabaseHealth, type DatabaseState } from './database-health.js';

/** PERSISTENCE=memory: there is no database to ask. */
@Injectable()
export class NoDatabaseHealth extends DatabaseHealth {
  async check(): Promise<DatabaseState> {
    return 'not-used';
  }
}
