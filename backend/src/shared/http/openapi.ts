import type { INestApplication } from '@nestjs/common';
import {
  ApiDefaultResponse,
  DocumentBuilder,
  type OpenAPIObject,
  type PathItemObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { ProblemDetailsResponse } from './problem-details.response.js';

/** What the controllers cannot say: routes of Fastify's own (the live socket) and their schemas. */
export interface OpenApiExtras {
  paths: Record<string, PathItemObject>;
  schemas: Record<string, SchemaObject>;
}

/** The OpenAPI document of the API, built from the controllers and DTOs: the PWA's types come from it. */
export function createOpenApiDocument(app: INestApplication, extras: OpenApiExtras): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('BandTrack API')
      .setDescription(
        'The HTTP contract between the BandTrack PWA, its tests and any script. ' +
          'Every error is application/problem+json (ProblemDetailsResponse).',
      )
      .setVersion('1')
      .addCookieAuth('bt_session')
      .build(),
    { extraModels: [ProblemDetailsResponse] },
  );
  Object.assign(document.paths, extras.paths);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...extras.schemas } };
  return document;
}

export function serveOpenApi(app: INestApplication, extras: OpenApiExtras): void {
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app, extras), { jsonDocumentUrl: 'api/openapi.json' });
}

/** Documents on a controller that every error it answers is problem+json. */
export const ApiProblemResponses = () =>
  ApiDefaultResponse({
    type: ProblemDetailsResponse,
    description: 'Any error: application/problem+json with a stable `code` (and `errors` for bad input).',
  });
