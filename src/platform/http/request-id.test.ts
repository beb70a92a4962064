import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { requestIdMixin } from './request-id';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request id', () => {
  it('answers a new UUID, or the sane x-request-id a proxy sent', async () => {
    const fresh = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(fresh.headers['x-request-id']).toMatch(UUID);
    const kept = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'a1b2c3d4e5f60718293a4b5c6d7e8f90' },
    });
    expect(kept.headers['x-request-id']).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    const refused = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'jan@example.nl <script>' },
    });
    expect(refused.headers['x-request-id']).toMatch(UUID);
  });

  it("is on every log line of a request, also lines of the app's own logger, exactly once", async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info', mixin: requestIdMixin },
      { write: (line: string) => void lines.push(line) },
    );
    const app = await buildApp({ ...t.deps, logger });
    app.get('/test/logs', async (request) => {
      logger.info('from the use case');
      await new Promise((r) => setTimeout(r, 5));
      logger.info({ n: 2 }, 'after an await');
      request.log.warn('from the route');
      return { ok: true };
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/test/logs' });
      const id = res.headers['x-request-id'];
      expect(id).toMatch(UUID);
      const mine = lines.filter((l) => l.includes(id as string));
      expect(mine.map((l) => JSON.parse(l).msg)).toEqual([
        'from the use case',
        'after an await',
        'from the route',
        'request',
      ]);
      for (const line of mine) expect(line.split('"reqId"').length - 1).toBe(1);
      // Outside a request no id is added.
      logger.info('between requests');
      expect(JSON.parse(lines.at(-1)!).reqId).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
