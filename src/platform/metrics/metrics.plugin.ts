import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import client from 'prom-client';
import type { Db } from '../../db/database';
import { AppError } from '../errors/app-error';
import { countJobs } from '../jobs/job.repository';
import { collectProcessMetrics, processRegistry } from './registry';

/** Latency buckets (seconds) of HTTP requests. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Route label of a request that matched no route (404s): the raw URL is data, never a label. */
const UNMATCHED_ROUTE = 'unmatched';

/** The app's metrics in Prometheus text format. */
export interface AppMetrics {
  render(): Promise<{ contentType: string; body: string }>;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}

export interface MetricsOptions {
  db: Db;
  /** The database pool, for connection use; absent in contexts without one. */
  pool?: pg.Pool;
  /** When set, GET /metrics on this app answers to `Authorization: Bearer <token>` only. */
  token?: string;
}

/**
 * Prometheus metrics (prom-client): HTTP requests by method, route pattern and status with
 * latency, job runs and queue depth, mail sent/failed, database pool use and Node.js process
 * metrics. On the public port /metrics exists only with a token (METRICS_TOKEN); otherwise
 * only the separate metrics port serves it (metrics-server.ts).
 */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  collectProcessMetrics();
  const registry = new client.Registry();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new client.Counter({
    name: 'weerbaar_http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames,
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'weerbaar_http_request_duration_seconds',
    help: 'HTTP request latency in seconds by method, route pattern and status',
    labelNames,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  new client.Gauge({
    name: 'weerbaar_job_queue_depth',
    help: 'Unfinished jobs by job name and state (waiting, running, dead)',
    labelNames: ['job', 'state'] as const,
    registers: [registry],
    async collect() {
      const rows = await countJobs(options.db);
      this.reset();
      for (const r of rows) this.set({ job: r.queue, state: r.state }, r.n);
    },
  });
  const { pool } = options;
  if (pool) {
    new client.Gauge({
      name: 'weerbaar_db_pool_connections',
      help: 'Database pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }

  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? UNMATCHED_ROUTE,
      status: String(reply.statusCode),
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  const metrics: AppMetrics = {
    async render() {
      const merged = client.Registry.merge([processRegistry, registry]);
      return { contentType: merged.contentType, body: await merged.metrics() };
    },
  };
  app.decorate('metrics', metrics);

  const { token } = options;
  if (!token) return;
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (request, reply) => {
    if (!bearerMatches(request, token)) {
      reply.header('www-authenticate', 'Bearer');
      throw new AppError('unauthenticated', 'Geef het metrics-token mee (Authorization: Bearer).');
    }
    const { contentType, body } = await metrics.render();
    return reply.type(contentType).send(body);
  });
}

/** Whether the request carries `Bearer <token>`, compared in constant time. */
export function bearerMatches(request: Pick<FastifyRequest, 'headers'>, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
