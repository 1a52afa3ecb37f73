import { Controller, Get, Header } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { GetBackupStatusQuery } from '../../application/queries/get-backup-status/get-backup-status.query.js';
import { BackupStatusResponse, toBackupStatusResponse } from './backup-status.response.js';

@ApiTags('operations')
@ApiProblemResponses()
@Controller('operations')
export class OperationsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('backup')
  @Header('Cache-Control', 'private, no-cache')
  @ApiOkResponse({
    type: BackupStatusResponse,
    description: 'The nightly backup’s last run and the backups kept; for the admin of a band (else 403)',
  })
  async backup(@CurrentUser() me: Principal): Promise<BackupStatusResponse> {
    return toBackupStatusResponse(await this.queryBus.execute(new GetBackupStatusQuery(me.userId)));
  }
}
