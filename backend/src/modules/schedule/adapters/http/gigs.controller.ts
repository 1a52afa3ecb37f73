import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { ChangeGigCommand } from '../../application/commands/change-gig/change-gig.command.js';
import { PlanGigCommand } from '../../application/commands/plan-gig/plan-gig.command.js';
import { RemoveGigCommand } from '../../application/commands/remove-gig/remove-gig.command.js';
import { GetGigQuery } from '../../application/queries/get-gig/get-gig.query.js';
import { eventChanges } from './event-fields.request.js';
import { ChangeGigRequest, PlanGigRequest } from './gig.request.js';
import { GigResponse } from './gig.response.js';

@ApiTags('schedule')
@ApiProblemResponses()
@Controller()
export class GigsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('bands/:bandId/gigs')
  @ApiCreatedResponse({ type: GigResponse, description: 'Managers' })
  async plan(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Body() body: PlanGigRequest,
  ): Promise<GigResponse> {
    const fields = { ...eventChanges(body), title: body.title, startsAt: new Date(body.startsAt) };
    return this.commandBus.execute(new PlanGigCommand(me.userId, bandId, fields));
  }

  @Get('gigs/:id')
  @ApiOkResponse({ type: GigResponse })
  async get(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<GigResponse> {
    return this.queryBus.execute(new GetGigQuery(me.userId, id));
  }

  @Patch('gigs/:id')
  @ApiOkResponse({ type: GigResponse, description: 'Managers' })
  async change(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Body() body: ChangeGigRequest,
  ): Promise<GigResponse> {
    return this.commandBus.execute(new ChangeGigCommand(me.userId, id, eventChanges(body)));
  }

  @Delete('gigs/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Managers; every answer to it goes too.' })
  async remove(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<void> {
    await this.commandBus.execute(new RemoveGigCommand(me.userId, id));
  }
}
