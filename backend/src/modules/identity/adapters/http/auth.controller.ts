import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn } from '../../application/authenticated-session.js';
import { LogInCommand } from '../../application/commands/log-in/log-in.command.js';
import { LogOutCommand } from '../../application/commands/log-out/log-out.command.js';
import { ResetPasswordCommand } from '../../application/commands/reset-password/reset-password.command.js';
import { RegisterUserCommand } from '../../application/commands/register-user/register-user.command.js';
import { LogInRequest } from './log-in.request.js';
import { Public } from './public.decorator.js';
import { RegisterRequest } from './register.request.js';
import { ResetPasswordRequest } from './reset-password.request.js';
import { SessionCookie } from './session-cookie.js';
import { AuthResponse } from './user.response.js';
import { CurrentUser } from './current-user.decorator.js';
import type { Principal } from '../../application/authenticated-session.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';

@ApiTags('identity')
@ApiProblemResponses()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: AuthResponse, description: 'The account, signed in (sets the bt_session cookie).' })
  async register(
    @Body() body: RegisterRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    const session = await this.commandBus.execute(
      new RegisterUserCommand(body.username, body.password, body.displayName, request.ip),
    );
    return this.signedIn(session, reply);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponse, description: 'Signed in with a fresh bt_session cookie.' })
  async logIn(
    @Body() body: LogInRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    const session = await this.commandBus.execute(new LogInCommand(body.username, body.password, request.ip));
    return this.signedIn(session, reply);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is revoked and the cookie cleared.' })
  async logOut(@CurrentUser() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.commandBus.execute(new LogOutCommand(principal.userId, principal.sessionId));
    this.cookie.clear(reply);
  }

  @Public()
  @Post('reset-password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sets a new password from a one-time link',
    description:
      'The link comes from the operator command `npm run user -- reset-password USERNAME`: valid one hour, ' +
      'one use. Every session of the user is revoked. A bad, used or expired token is 422 ' +
      '`IDENTITY.RESET_TOKEN_INVALID` (rate limited per client address), the current password 422 ' +
      '`IDENTITY.SAME_PASSWORD`.',
  })
  @ApiNoContentResponse({ description: 'The password is changed and every device signed out.' })
  async resetPassword(@Body() body: ResetPasswordRequest, @Req() request: FastifyRequest): Promise<void> {
    await this.commandBus.execute(new ResetPasswordCommand(body.token, body.newPassword, request.ip));
  }

  private signedIn(session: SignedIn, reply: FastifyReply): AuthResponse {
    this.cookie.set(reply, session);
    return { user: session.user };
  }
}
