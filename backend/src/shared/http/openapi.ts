import type { INestApplication } from '@nestjs/common';
import { ApiDefaultResponse, DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDetailsResponse } from './problem-details.response.js';

/** The OpenAPI document of the API, built from the controllers and DTOs: the PWA's types come from it. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
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
}

export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'api/openapi.json' });
}

/** Documents on a controller that every error it answers is problem+json. */
export const ApiProblemResponses = () =>
  ApiDefaultResponse({
    type: ProblemDetailsResponse,
    description: 'Any error: application/problem+json with a stable `code` (and `errors` for bad input).',
  });
