import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('operations', () => {
  it('reports health with the database up', async () => {
    const response = await new ApiClient(testApp.baseUrl).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('publishes an OpenAPI document describing the identity endpoints', async () => {
    const response = await new ApiClient(testApp.baseUrl).get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/register',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/me',
        '/api/me/password',
        '/api/health',
      ]),
    );
    const docs = await new ApiClient(testApp.baseUrl).get('/api/docs');
    expect(docs.status).toBe(200);
  });
});

describe('health without a database', () => {
  it('answers 503 with the database down when PostgreSQL does not answer', async () => {
    const doomed = await startTestApp({ DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:9/nowhere' });
    try {
      const response = await new ApiClient(doomed.baseUrl).get('/api/health');
      expect(response.status).toBe(503);
      expect(response.body).toEqual({ status: 'error', database: 'down' });
    } finally {
      await doomed.close();
    }
  });
});

describe('requests without a database', () => {
  const login = (app: TestApp) =>
    new ApiClient(app.baseUrl).post('/api/auth/login', { username: 'alice', password: 'correct horse' });

  it('answer 503 with Retry-After when PostgreSQL refuses the connection', async () => {
    const doomed = await startTestApp({ DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:9/nowhere' });
    try {
      const response = await login(doomed);
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(response.headers.get('retry-after')).toBe('5');
    } finally {
      await doomed.close();
    }
  });

  it('answer 503 after the connect timeout when the database host accepts and never answers', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    const { port } = silent.address() as AddressInfo;
    const doomed = await startTestApp({ DATABASE_URL: `postgres://nobody:nothing@127.0.0.1:${port}/nowhere` });
    try {
      const response = await login(doomed);
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    } finally {
      await doomed.close();
      silent.close();
    }
  }, 30_000);
});

describe('in-memory persistence', () => {
  it('boots and serves the identity flow without a database', async () => {
    const memoryApp = await startTestApp({ PERSISTENCE: 'memory' });
    try {
      const api = new ApiClient(memoryApp.baseUrl);
      expect((await api.get('/api/health')).body).toEqual({ status: 'ok', database: 'not-used' });
      expect((await api.post('/api/auth/register', { username: 'memo', password: 'correct horse' })).status).toBe(201);
      expect((await api.get('/api/me')).body.username).toBe('memo');
    } finally {
      await memoryApp.close();
    }
  });
});
