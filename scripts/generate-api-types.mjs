#!/usr/bin/env node
// Writes frontend/src/app/core/api/api-types.generated.ts from the OpenAPI document of the compiled
// backend (npm run build:backend first; `npm run api:types` does both). No database is needed.
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiToTypeScript } from './lib/openapi-to-typescript.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const API_TYPES_FILE = join(root, 'frontend/src/app/core/api/api-types.generated.ts');

await import('reflect-metadata');
const { createApp } = await import(join(root, 'dist/server/backend/src/app.setup.js'));
const { loadConfig } = await import(join(root, 'dist/server/backend/src/config/app-config.js'));
const app = await createApp(loadConfig({ PERSISTENCE: 'memory', LOG_LEVEL: 'silent' }));
await app.init();
const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/openapi.json' });
await app.close();
await writeFile(API_TYPES_FILE, openApiToTypeScript(response.json()));
console.log(`wrote ${API_TYPES_FILE}`);
