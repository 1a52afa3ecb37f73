import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Put, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config.js';
import type { Principal } from '../../application/authenticated-session.js';
import { ChangePasswordCommand } from '../../application/commands/change-password/change-password.command.js';
import { DeleteAccountCommand } from '../../application/commands/delete-account/delete-account.command.js';
import { IssueCalendarTokenCommand } from '../../application/commands/issue-calendar-token/issue-calendar-token.command.js';
import { RevokeCalendarTokenCommand } from '../../application/commands/revoke-calendar-token/revoke-calendar-token.command.js';
import { UpdateProfileCommand } from '../../application/commands/update-profile/update-profile.command.js';
import { GetMeQuery } from '../../application/queries/get-me/get-me.query.js';
import { CalendarTokenResponse } from './calendar-token.response.js';
import { ChangePasswordRequest } from './change-password.request.js';
import { CurrentUser } from './current-user.decorator.js';
import { DeleteAccountRequest } from './delete-account.request.js';
import { SessionCookie } from './session-cookie.js';
import { UpdateMeRequest } from './update-me.request.js';
import { MeResponse } from './user.response.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';

@ApiTags('identity')
@ApiProblemResponses()
@Controller('me')
export class MeController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly cookie: SessionCookie,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The signed-in user, their bands and preferences',
    description:
      'A guest gets 401. The PWA asks only when the readable `bt_signed_in` cookie is present (set and ' +
      'cleared with the session cookie), so a guest’s first load makes no failing request; after a 401 ' +
      'it deletes that cookie.',
  })
  @ApiOkResponse({ type: MeResponse })
  async get(@CurrentUser() principal: Principal): Promise<MeResponse> {
    return this.queryBus.execute(new GetMeQuery(principal.userId));
  }

  @Patch()
  @ApiOkResponse({ type: MeResponse })
  async update(@CurrentUser() principal: Principal, @Body() body: UpdateMeRequest): Promise<MeResponse> {
    return this.commandBus.execute(
      new UpdateProfileCommand(principal.userId, { displayName: body.displayName, preferences: body.preferences }),
    );
  }

  @Put('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session is revoked.' })
  async changePassword(@CurrentUser() principal: Principal, @Body() body: ChangePasswordRequest): Promise<void> {
    await this.commandBus.execute(
      new ChangePasswordCommand(principal.userId, principal.sessionId, body.currentPassword, body.newPassword),
    );
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account and every session are gone.' })
  async delete(
    @CurrentUser() principal: Principal,
    @Body() body: DeleteAccountRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.commandBus.execute(new DeleteAccountCommand(principal.userId, body.password));
    this.cookie.clear(reply);
  }

  @Post('calendar-token')
  @ApiOperation({
    summary: 'A new secret URL of my calendar feed',
    description:
      'The rehearsals and gigs of my bands as iCalendar, for a calendar app to subscribe to. Each call ' +
      'gives a new secret: the URL given before stops working (404).',
  })
  @ApiCreatedResponse({ type: CalendarTokenResponse })
  async issueCalendarToken(@CurrentUser() principal: Principal): Promise<CalendarTokenResponse> {
    const { token } = await this.commandBus.execute(new IssueCalendarTokenCommand(principal.userId));
    return CalendarTokenResponse.of(this.config.publicOrigin, token);
  }

  @Delete('calendar-token')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop sharing my calendar feed: its URL stops working (404)' })
  @ApiNoContentResponse({ description: 'No feed URL works any more (also when there was none).' })
  async revokeCalendarToken(@CurrentUser() principal: Principal): Promise<void> {
    await this.commandBus.execute(new RevokeCalendarTokenCommand(principal.userId));
  }
}
