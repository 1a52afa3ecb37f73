import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../modules/identity/public-http.js';
import { DatabaseHealth } from './database-health.js';
import { HealthResponse } from './health.response.js';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database does not answer.' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const database = await this.database.check().catch(() => 'down' as const);
    reply.header('Cache-Control', 'no-store');
    if (database === 'down') {
      reply.status(503);
      return { status: 'error', database };
    }
    return { status: 'ok', database };
  }
}
