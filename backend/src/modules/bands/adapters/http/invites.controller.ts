import { Controller, Get, Param, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import { Public } from '../../../identity/public-http.js';
import { GetInvitationQuery } from '../../application/queries/get-invitation/get-invitation.query.js';
import { InvitationResponse } from './invitation.response.js';

@ApiTags('bands')
@ApiProblemResponses()
@Controller('invites')
export class InvitesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Public()
  @Get(':code')
  @ApiOperation({
    summary: 'What an invitation link opens, for anyone holding the code',
    description:
      'The band’s name and member count, nothing else. A malformed code is 400 (the detail says what is ' +
      'wrong), an unknown one 404; unknown codes are rate limited per client address (429).',
  })
  @ApiParam({ name: 'code', example: 'K7RD9-PXM4H', description: 'Any case; spaces and dashes are ignored.' })
  @ApiOkResponse({ type: InvitationResponse })
  get(@Param('code') code: string, @Req() request: FastifyRequest): Promise<InvitationResponse> {
    return this.queryBus.execute(new GetInvitationQuery(code, request.ip));
  }
}
