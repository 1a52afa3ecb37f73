import { Controller, Get, Header, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { ListAgendaQuery } from '../../application/queries/list-agenda/list-agenda.query.js';
import { AgendaResponse } from './agenda.response.js';
import { ListAgendaRequest } from './list-agenda.request.js';

@ApiTags('schedule')
@ApiProblemResponses()
@Controller()
export class AgendaController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('bands/:bandId/agenda')
  @Header('Cache-Control', 'private, no-cache')
  @ApiOkResponse({ type: AgendaResponse, description: 'Rehearsals and gigs in time order, with your answer to each' })
  async list(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Query() query: ListAgendaRequest,
  ): Promise<AgendaResponse> {
    const filter = {
      type: query.type ?? null,
      when: query.when ?? null,
      from: query.from ? new Date(query.from) : null,
      to: query.to ? new Date(query.to) : null,
    };
    return this.queryBus.execute(new ListAgendaQuery(me.userId, bandId, filter, query.cursor, query.limit));
  }
}
