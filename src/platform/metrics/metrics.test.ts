import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { startMetricsServer } from './metrics-server';

const TOKEN = 'metrics-token-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(async () => t?.close());

async function scrape(): Promise<string> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/metrics',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain');
  return res.body;
}

/** The value of one sample, e.g. value(text, 'weerbaar_mail_messages_total{outcome="sent"}'). */
function value(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

describe('/metrics', () => {
  it('asks for the token on the public port', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', TOKEN]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('labels HTTP requests by route pattern and status, never by the raw URL', async () => {
    const org = await buildOrganisation(t.deps.db);
    const person = await buildPerson(t.deps.db, org.id, ['reporter']);
    const id = randomUUID();
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${id}/incidents`,
      headers: person.headers,
    });
    await t.app.inject({ method: 'GET', url: `/no-such-page-${id}` });
    const text = await scrape();
    expect(text).not.toContain(id);
    expect(text).toMatch(
      /weerbaar_http_requests_total\{method="GET",route="\/api\/v1\/orgs\/:orgId\/incidents",status="404"\} [1-9]/,
    );
    expect(text).toMatch(
      /weerbaar_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/v1\/orgs\/:orgId\/incidents",status="404"\} [1-9]/,
    );
  });

  it('counts job runs by name and outcome, queue depth, mail sent and failed, and pool use', async () => {
    const before = await scrape();
    t.deps.jobs.handle('metrics-ok', async () => {
      await t.deps.mailer.send({ to: 'iemand@example.nl', subject: 'test', text: 'test' });
    });
    t.deps.jobs.handle('metrics-bad', async () => {
      throw new Error('no');
    });
    await t.deps.jobs.enqueue(t.deps.db, 'metrics-ok', {});
    await t.deps.jobs.enqueue(t.deps.db, 'metrics-bad', {}, { maxAttempts: 1 });
    await t.deps.jobs.enqueue(t.deps.db, 'metrics-later', {});
    await t.deps.jobs.drain();
    await expect(
      t.deps.mailer.send({ to: 'not an address', subject: 'x', text: 'x' }),
    ).rejects.toThrow();
    const after = await scrape();
    const delta = (sample: string) => value(after, sample) - value(before, sample);
    expect(delta('weerbaar_job_runs_total{job="metrics-ok",outcome="done"}')).toBe(1);
    expect(delta('weerbaar_job_runs_total{job="metrics-bad",outcome="dead"}')).toBe(1);
    expect(value(after, 'weerbaar_job_queue_depth{job="metrics-later",state="waiting"}')).toBe(1);
    expect(value(after, 'weerbaar_job_queue_depth{job="metrics-bad",state="dead"}')).toBe(1);
    expect(delta('weerbaar_mail_messages_total{outcome="sent"}')).toBe(1);
    expect(delta('weerbaar_mail_messages_total{outcome="failed"}')).toBe(1);
    expect(value(after, 'weerbaar_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(after).toContain('process_cpu_seconds_total');
  });

  it('is not served on the public port without a token, only on METRICS_PORT', async () => {
    const app = await buildApp({ ...t.deps, config: { ...t.deps.config, metrics: {} } });
    try {
      expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      const server = await startMetricsServer(app.metrics, { port: 0, host: '127.0.0.1' });
      try {
        const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('weerbaar_job_queue_depth');
        expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);
      } finally {
        await server.close();
      }
      const guarded = await startMetricsServer(app.metrics, {
        port: 0,
        host: '127.0.0.1',
        token: TOKEN,
      });
      try {
        expect((await fetch(`http://127.0.0.1:${guarded.port}/metrics`)).status).toBe(401);
        const ok = await fetch(`http://127.0.0.1:${guarded.port}/metrics`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        expect(ok.status).toBe(200);
      } finally {
        await guarded.close();
      }
    } finally {
      await app.close();
    }
  });
});
