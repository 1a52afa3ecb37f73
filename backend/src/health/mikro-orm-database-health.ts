import { Injectable } from '@nestjs/common';
import { MikroOrmHealthIndicator } from '@nestjs/terminus';
import { DatabaseHealth, type DatabaseState } from './database-health.js';

@Injectable()
export class MikroOrmDatabaseHealth extends DatabaseHealth {
  constructor(private readonly indicator: MikroOrmHealthIndicator) {
    super();
  }

  async check(): Promise<DatabaseState> {
    const result = await this.indicator.pingCheck('database', { timeout: 2000 });
    return result['database']?.status === 'up' ? 'up' : 'down';
  }
}
