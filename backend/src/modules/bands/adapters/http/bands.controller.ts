import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { IdParam } from '../../../../shared/http/id-param.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { CreateBandCommand } from '../../application/commands/create-band/create-band.command.js';
import { DeleteBandCommand } from '../../application/commands/delete-band/delete-band.command.js';
import { JoinBandCommand } from '../../application/commands/join-band/join-band.command.js';
import { RenewInviteCodeCommand } from '../../application/commands/renew-invite-code/renew-invite-code.command.js';
import { UpdateBandSettingsCommand } from '../../application/commands/update-band-settings/update-band-settings.command.js';
import { GetBandQuery } from '../../application/queries/get-band/get-band.query.js';
import { ListMyBandsQuery } from '../../application/queries/list-my-bands/list-my-bands.query.js';
import {
  BandResponse,
  CreatedBandResponse,
  InviteCodeResponse,
  JoinedBandResponse,
  MyBandSummaryResponse,
} from './band.response.js';
import { CreateBandRequest } from './create-band.request.js';
import { JoinBandRequest } from './join-band.request.js';
import { UpdateBandRequest } from './update-band.request.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';

@ApiTags('bands')
@ApiProblemResponses()
@Controller('bands')
export class BandsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: [MyBandSummaryResponse] })
  list(@CurrentUser() me: Principal): Promise<MyBandSummaryResponse[]> {
    return this.queryBus.execute(new ListMyBandsQuery(me.userId));
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedBandResponse, description: 'You are its admin; it becomes your active band.' })
  async create(@CurrentUser() me: Principal, @Body() body: CreateBandRequest): Promise<CreatedBandResponse> {
    return { band: await this.commandBus.execute(new CreateBandCommand(me.userId, body.name)) };
  }

  @Post('join')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Join a band with its invitation code',
    description:
      'A malformed code is 400 (the detail says what is wrong), an unknown one 404; unknown codes are rate ' +
      'limited per client address (429, RATE_LIMIT_INVITE_JOIN).',
  })
  @ApiOkResponse({
    type: JoinedBandResponse,
    description: 'Joined (or already a member); it becomes your active band.',
  })
  async join(
    @CurrentUser() me: Principal,
    @Body() body: JoinBandRequest,
    @Req() request: FastifyRequest,
  ): Promise<JoinedBandResponse> {
    return this.commandBus.execute(new JoinBandCommand(me.userId, body.inviteCode, request.ip));
  }

  @Get(':bandId')
  @ApiOkResponse({ type: BandResponse })
  get(@CurrentUser() me: Principal, @IdParam('bandId') bandId: string): Promise<BandResponse> {
    return this.queryBus.execute(new GetBandQuery(me.userId, bandId));
  }

  @Patch(':bandId')
  @ApiOkResponse({ type: BandResponse })
  update(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Body() body: UpdateBandRequest,
  ): Promise<BandResponse> {
    return this.commandBus.execute(new UpdateBandSettingsCommand(me.userId, bandId, { ...body }));
  }

  @Delete(':bandId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The band is deleted with everything of it (admins only).' })
  async delete(@CurrentUser() me: Principal, @IdParam('bandId') bandId: string): Promise<void> {
    await this.commandBus.execute(new DeleteBandCommand(me.userId, bandId));
  }

  @Post(':bandId/invite-code')
  @HttpCode(200)
  @ApiOkResponse({ type: InviteCodeResponse, description: 'A new code; the old one stops working.' })
  renewInviteCode(@CurrentUser() me: Principal, @IdParam('bandId') bandId: string): Promise<InviteCodeResponse> {
    return this.commandBus.execute(new RenewInviteCodeCommand(me.userId, bandId));
  }
}
