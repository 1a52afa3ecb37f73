import { Controller, Get, Header, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import { PageRequest } from '../../../../shared/http/page.request.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { ListActivityQuery } from '../../application/queries/list-activity/list-activity.query.js';
import { ActivityPageResponse } from './activity.response.js';

@ApiTags('activity')
@ApiProblemResponses()
@Controller()
export class ActivityController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('bands/:bandId/activity')
  @Header('Cache-Control', 'private, no-cache')
  @ApiOkResponse({ type: ActivityPageResponse, description: 'Who did what in the band, newest first' })
  async list(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Query() query: PageRequest,
  ): Promise<ActivityPageResponse> {
    return this.queryBus.execute(new ListActivityQuery(me.userId, bandId, query.cursor, query.limit));
  }
}
