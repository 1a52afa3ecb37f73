import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { ChangeMemberRoleCommand } from '../../application/commands/change-member-role/change-member-role.command.js';
import { RemoveMemberCommand } from '../../application/commands/remove-member/remove-member.command.js';
import { ListMembersQuery } from '../../application/queries/list-members/list-members.query.js';
import { MemberResponse } from './band.response.js';
import { ChangeRoleRequest } from './change-role.request.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';

@ApiTags('bands')
@ApiProblemResponses()
@Controller('bands/:bandId/members')
export class MembersController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: [MemberResponse] })
  async list(@CurrentUser() me: Principal, @IdParam('bandId') bandId: string): Promise<MemberResponse[]> {
    return this.queryBus.execute(new ListMembersQuery(me.userId, bandId));
  }

  @Patch(':userId')
  @ApiOkResponse({ type: MemberResponse })
  async changeRole(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @IdParam('userId') userId: string,
    @Body() body: ChangeRoleRequest,
  ): Promise<MemberResponse> {
    return this.commandBus.execute(new ChangeMemberRoleCommand(me.userId, bandId, userId, body.role));
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed (or left, for oneself); access ends at once.' })
  async remove(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @IdParam('userId') userId: string,
  ): Promise<void> {
    await this.commandBus.execute(new RemoveMemberCommand(me.userId, bandId, userId));
  }
}
