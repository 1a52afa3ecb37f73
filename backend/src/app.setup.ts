import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyWebsocket from '@fastify/websocket';
import { MikroORM } from '@mikro-orm/postgresql';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type DestinationStream, pino } from 'pino';
import { AppModule } from './app.module.js';
import { LIVE_MESSAGE_SCHEMAS, LIVE_OPERATION, LIVE_PATH } from './modules/live/public-http.js';
import { installRequestContext } from './shared/adapters/mikro-orm-request-context.js';
import type { AppConfig } from './config/app-config.js';
import { installCrossSiteRequestCheck } from './shared/http/cross-site-request.hook.js';
import { installHostHeaderCheck, PROBLEM_ANSWERING_OPTIONS } from './shared/http/fastify-errors.js';
import { installJsonBodyParser, MAX_BODY_BYTES } from './shared/http/json-body-parser.js';
import { installRequestIdHeader, requestIdOf } from './shared/http/request-id.js';
import { installRequestLog } from './shared/http/request-log.js';
import { serveOpenApi } from './shared/http/openapi.js';
import { ProblemDetailsFilter } from './shared/http/problem-details.filter.js';
import { installSecurityHeaders } from './shared/http/security-headers.js';
import { installStaticPwa } from './shared/http/static-pwa.js';
import { RequestValidationError } from './shared/http/validation-error.js';
import { PinoNestLogger } from './shared/logging/pino-nest-logger.js';
import { stdoutDestination } from './shared/logging/stdout-destination.js';

/** JSON answers smaller than this go as they are: compressing them would save less than it costs. */
const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Builds the whole HTTP application, ready to listen: used by main.ts and by the API tests alike.
 * `logDestination` defaults to stdout; tests pass a stream to read what is logged.
 */
export async function createApp(
  config: AppConfig,
  logDestination?: DestinationStream,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.trustProxy,
    genReqId: requestIdOf,
    skipMiddie: true, // no Express-style middleware: request logs and contexts are Fastify hooks
    ...PROBLEM_ANSWERING_OPTIONS,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    bodyParser: false, // ours: JSON only, bounded depth (installJsonBodyParser)
  });
  // One pino logger for the whole app: Nest's lines and one line per request (ADR 0023).
  const logger = pino({ level: config.logLevel }, logDestination ?? stdoutDestination());
  app.useLogger(new PinoNestLogger(logger));
  app.setGlobalPrefix('api');

  const fastify = app.getHttpAdapter().getInstance();
  installRequestLog(fastify, logger);
  if (config.persistence === 'postgres') installRequestContext(fastify, app.get(MikroORM).em);
  installHostHeaderCheck(fastify);
  installJsonBodyParser(fastify);
  installRequestIdHeader(fastify);
  installCrossSiteRequestCheck(fastify, config.publicOrigin);
  await app.register(fastifyCookie);
  // GET /api/live (modules/live): clients send nothing but a small ping, so their messages are bounded.
  await app.register(fastifyWebsocket, { options: { maxPayload: 1024 } });
  await installSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        // The song page plays YouTube (privacy-enhanced) and Spotify links in their own embedded players: ADR 0019.
        frameSrc: ['https://www.youtube-nocookie.com', 'https://open.spotify.com'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Over plain HTTP on a home network, upgrading would break every request.
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    hsts: config.cookieSecure,
  });

  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => RequestValidationError.fromValidationErrors(errors),
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());

  // The PWA's files are compressed at build time: registered before the compression hook, whose
  // onRoute hook then only sees the routes that come after (the API, registered at init).
  await installStaticPwa(fastify, config.staticDir);
  // Answers only: a compressed request body is refused by the JSON parser (415), never inflated (ADR 0033).
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    globalDecompression: false,
  });
  serveOpenApi(app, { paths: { [LIVE_PATH]: LIVE_OPERATION }, schemas: LIVE_MESSAGE_SCHEMAS });
  return app;
}
