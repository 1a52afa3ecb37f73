import { IncomingMessage, type ServerResponse } from 'node:http';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { createOrmConfig } from './database/mikro-orm.config.js';
import { HealthModule } from './health/health.module.js';
import { BandsModule } from './modules/bands/bands.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { RepertoireModule } from './modules/repertoire/repertoire.module.js';
import { KernelModule } from './shared/kernel.module.js';

@Module({})
export class AppModule {
  /** `logDestination` defaults to stdout; tests pass a stream to read what is logged. */
  static forRoot(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    const database =
      config.persistence === 'postgres'
        ? [MikroOrmModule.forRoot(createOrmConfig({ clientUrl: requireDatabaseUrl(config) }))]
        : [];
    const logOptions: Options = {
      level: config.logLevel,
      // Request ids come from Fastify (requestIdOf), which pino-http reuses.
      // One line a request with what an operator reads (the session guard adds userId): no headers,
      // no bodies, so no cookies or credentials, and no CSP repeated on every line.
      quietReqLogger: true,
      quietResLogger: true,
      wrapSerializers: false, // requestLine is what gets logged: no request or response serializer
      // pino-http binds the raw request to a child logger that quiet mode never uses; serialising it
      // cost more than the rest of the request line. A raw request is never logged, whatever logs it.
      serializers: { req: (value: unknown) => (value instanceof IncomingMessage ? undefined : value) },
      customSuccessObject: requestLine,
      customErrorObject: (request, response, error, fields) => ({
        ...requestLine(request, response, fields),
        err: error,
      }),
      autoLogging: { ignore: (request) => request.url === '/api/health' },
    };
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        KernelModule.register(config.persistence),
        LoggerModule.forRoot({
          pinoHttp: logDestination ? [logOptions, logDestination] : logOptions,
          assignResponse: true, // PinoLogger.assign reaches the request line too
        }),
        CqrsModule.forRoot(),
        ...database,
        HealthModule.register(config.persistence),
        IdentityModule.register(config.persistence),
        BandsModule.register(config.persistence),
        RepertoireModule.register(config.persistence),
      ],
    };
  }
}

function requestLine(request: IncomingMessage, response: ServerResponse, fields: { responseTime: number }) {
  return {
    req: { id: request.id, method: request.method, url: request.url },
    res: { statusCode: response.statusCode },
    responseTime: fields.responseTime,
  };
}

function requireDatabaseUrl(config: AppConfig): string {
  if (!config.databaseUrl) throw new Error('PERSISTENCE=postgres needs a database URL');
  return config.databaseUrl;
}
