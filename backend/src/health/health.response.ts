import { ApiProperty } from '@nestjs/swagger';
import type { DatabaseState } from './database-health.js';

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down', 'not-used'] })
  database: DatabaseState;
}
