import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyRequest } from 'fastify';
import { AuthenticateSessionCommand } from '../../application/commands/authenticate-session/authenticate-session.command.js';
import { NotAuthenticatedError } from '../../domain/identity.errors.js';
import { IS_PUBLIC } from './public.decorator.js';
import { SessionCookie } from './session-cookie.js';

/** Global guard: resolves the session cookie to a principal, or answers 401 unless the route is public. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly commandBus: CommandBus,
    private readonly cookie: SessionCookie,
  ) {}

  /** Whether each route handler is public, read from its metadata on its first request. */
  private readonly publicHandlers = new WeakMap<object, boolean>();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.isPublic(context)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = this.cookie.read(request);
    if (!token) throw new NotAuthenticatedError();
    request.principal = await this.commandBus.execute(new AuthenticateSessionCommand(token));
    request.loggedUserId = request.principal.userId;
    return true;
  }

  private isPublic(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    let isPublic = this.publicHandlers.get(handler);
    if (isPublic === undefined) {
      isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, context.getClass()]) === true;
      this.publicHandlers.set(handler, isPublic);
    }
    return isPublic;
  }
}
