import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { GetDashboardQuery } from '../../application/queries/get-dashboard/get-dashboard.query.js';
import { DashboardResponse } from './dashboard.response.js';

@ApiTags('schedule')
@ApiProblemResponses()
@Controller()
export class DashboardController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('bands/:bandId/dashboard')
  @ApiOkResponse({ type: DashboardResponse, description: 'The band’s home screen, in one request' })
  async dashboard(@CurrentUser() me: Principal, @IdParam('bandId') bandId: string): Promise<DashboardResponse> {
    return this.queryBus.execute(new GetDashboardQuery(me.userId, bandId));
  }
}
