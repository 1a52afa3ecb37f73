import { type BeforeApplicationShutdown, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config.js';
import { isSameSite, refuseCrossSite } from '../../../../shared/http/cross-site-request.hook.js';
import { problem, PROBLEM_CONTENT_TYPE } from '../../../../shared/http/problem-details.js';
import { ListMyBandsQuery } from '../../../bands/public-api.js';
import { AuthenticateSessionCommand, type Principal } from '../../../identity/public-api.js';
import { SessionCookie } from '../../../identity/public-http.js';
import type { PongMessage } from '../../domain/live-message.js';
import { LiveHub } from '../../application/live-hub.js';
import { LiveSocket } from './live-socket.js';

export const LIVE_PATH = '/api/live';

interface Admitted {
  principal: Principal;
  bandIds: string[];
}

/**
 * GET /api/live (API.md): the WebSocket of a signed-in device. Everything is checked before the
 * upgrade, as HTTP answers in problem+json: a foreign Origin 403 (a WebSocket is not bound by CORS),
 * no valid session 401, the live bus reconnecting 503. Then one session lookup, like the guard's, and
 * the user's bands. A plain GET (no upgrade) that passes the checks is 426.
 */
@Injectable()
export class LiveEndpoint implements OnModuleInit, BeforeApplicationShutdown {
  private readonly sockets = new Set<LiveSocket>();
  private readonly admitted = new WeakMap<FastifyRequest, Admitted>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly hub: LiveHub,
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly cookie: SessionCookie,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // An operator command (user, import, backup) runs the application without an HTTP server.
    const http = this.adapterHost.httpAdapter as HttpAdapterHost['httpAdapter'] | null;
    if (!http) return;
    const fastify = http.getInstance<FastifyInstance>();
    fastify.route({
      method: 'GET',
      url: LIVE_PATH,
      preValidation: (request, reply) => this.admit(request, reply),
      handler: (_request, reply) => answer(reply, 426, 'UPGRADE_REQUIRED', 'This address takes a WebSocket.'),
      wsHandler: (socket, request) => this.connect(socket, request),
    });
    // One timer for every socket: a beat pings each, and drops those that missed the last one.
    this.heartbeat = setInterval(() => {
      for (const socket of this.sockets) socket.beat();
    }, this.config.live.heartbeatMs);
    this.heartbeat.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.heartbeat);
  }

  private async admit(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    if (!isSameSite(request, this.config.publicOrigin)) {
      refuseCrossSite(reply);
      return reply;
    }
    if (!this.hub.accepting) {
      reply.header('Retry-After', '1');
      return answer(reply, 503, 'LIVE_UNAVAILABLE', 'Live updates are reconnecting. Try again in a moment.');
    }
    // A missing or bad cookie is refused by the command, as the guard's (401 problem+json).
    const principal = await this.commandBus.execute(new AuthenticateSessionCommand(this.cookie.read(request) ?? ''));
    request.loggedUserId = principal.userId;
    const bands = await this.queryBus.execute(new ListMyBandsQuery(principal.userId));
    this.admitted.set(request, { principal, bandIds: bands.map((band) => band.id) });
    return undefined;
  }

  private connect(socket: WebSocket, request: FastifyRequest): void {
    const { principal, bandIds } = this.admitted.get(request)!;
    const live = new LiveSocket(socket, principal.userId, principal.sessionId, this.config.live.sendBufferBytes);
    this.sockets.add(live);
    socket.on('close', () => {
      this.sockets.delete(live);
      this.hub.forget(live);
    });
    socket.on('message', (data, isBinary) => {
      if (!isBinary && isPing(data)) {
        const pong: PongMessage = { type: 'pong', at: new Date().toISOString() };
        live.send(JSON.stringify(pong));
      }
    });
    this.hub.open(live, bandIds);
  }
}

function answer(reply: FastifyReply, status: number, code: string, detail: string): FastifyReply {
  return reply
    .status(status)
    .header('Content-Type', PROBLEM_CONTENT_TYPE)
    .send(problem(status, code, detail));
}

/** A client's `{"type":"ping"}`; anything else a client sends is ignored. */
function isPing(data: RawData): boolean {
  try {
    return (JSON.parse(data.toString()) as { type?: unknown }).type === 'ping';
  } catch {
    return false;
  }
}
