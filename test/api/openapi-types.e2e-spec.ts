import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
// @ts-expect-error a plain .mjs script, shared with scripts/generate-api-types.mjs
import { openApiToTypeScript } from '../../scripts/lib/openapi-to-typescript.mjs';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ PERSISTENCE: 'memory' });
});
afterAll(() => testApp.close());

describe('the PWA API types', () => {
  it('are generated from the current OpenAPI document (run `npm run api:types` when this fails)', async () => {
    const document = (await new ApiClient(testApp.baseUrl).get('/api/openapi.json')).body;
    const committed = await readFile('frontend/src/app/core/api/api-types.generated.ts', 'utf8');
    expect(committed).toBe(openApiToTypeScript(document));
  });
});
