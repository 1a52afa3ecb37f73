import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { ChangeRehearsalCommand } from '../../application/commands/change-rehearsal/change-rehearsal.command.js';
import { PlanRehearsalsCommand } from '../../application/commands/plan-rehearsals/plan-rehearsals.command.js';
import { RemoveRehearsalCommand } from '../../application/commands/remove-rehearsal/remove-rehearsal.command.js';
import { GetRehearsalQuery } from '../../application/queries/get-rehearsal/get-rehearsal.query.js';
import { eventChanges } from './event-fields.request.js';
import { ChangeRehearsalRequest, PlanRehearsalsRequest, ScopeRequest } from './rehearsal.request.js';
import { RehearsalListResponse, RehearsalResponse } from './rehearsal.response.js';
import { SongProposalResponse } from './song-proposal.response.js';
import { ProposeSongsQuery } from '../../application/queries/propose-songs/propose-songs.query.js';

@ApiTags('schedule')
@ApiProblemResponses()
@Controller()
export class RehearsalsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('bands/:bandId/rehearsals')
  @ApiCreatedResponse({ type: RehearsalListResponse, description: 'Managers; one item per date of a series' })
  async plan(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Body() body: PlanRehearsalsRequest,
  ): Promise<RehearsalListResponse> {
    const { repeat, ...fields } = body;
    const command = new PlanRehearsalsCommand(
      me.userId,
      bandId,
      { ...eventChanges(fields), startsAt: new Date(body.startsAt) },
      repeat ? { every: repeat.every, until: repeat.until } : null,
    );
    return { items: await this.commandBus.execute(command) };
  }

  @Get('rehearsals/:id')
  @ApiOkResponse({ type: RehearsalResponse })
  async get(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<RehearsalResponse> {
    return this.queryBus.execute(new GetRehearsalQuery(me.userId, id));
  }

  @Patch('rehearsals/:id')
  @ApiOkResponse({ type: RehearsalResponse, description: 'Managers; the date addressed, as it now stands' })
  async change(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Query() query: ScopeRequest,
    @Body() body: ChangeRehearsalRequest,
  ): Promise<RehearsalResponse> {
    return this.commandBus.execute(new ChangeRehearsalCommand(me.userId, id, eventChanges(body), query.scope));
  }

  @Delete('rehearsals/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Managers; every answer to the dates deleted goes too.' })
  async remove(@CurrentUser() me: Principal, @IdParam('id') id: string, @Query() query: ScopeRequest): Promise<void> {
    await this.commandBus.execute(new RemoveRehearsalCommand(me.userId, id, query.scope));
  }

  @Get('rehearsals/:id/proposed-songs')
  @ApiOkResponse({
    type: [SongProposalResponse],
    description: 'Managers: the planner’s proposal of songs to work on, strongest reason first',
  })
  async proposedSongs(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<SongProposalResponse[]> {
    const proposals = await this.queryBus.execute(new ProposeSongsQuery(me.userId, id));
    return proposals.map((proposal) => SongProposalResponse.of(proposal));
  }
}
