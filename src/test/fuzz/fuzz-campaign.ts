import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { type FuzzRequest, requestFor, routerRequest } from './fuzz-request';
import type { FuzzWorld } from './fuzz-world';

/** A response that breaks the rule: a 5xx, or a 4xx that is not problem details naming its fields. */
export interface FuzzFailure {
  request: FuzzRequest;
  status: number;
  reason: string;
  body: string;
}

export interface FuzzResult {
  requests: number;
  byStatus: Map<number, number>;
  byRoute: Map<string, Map<number, number>>;
  /** Status counts per kind of input (valid, one-bad-field, encoding:proto, multipart:cut-short, ...). */
  byVariant: Map<string, Map<number, number>>;
  /** Milliseconds spent per route, to see where the time goes. */
  msByRoute: Map<string, number>;
  failures: FuzzFailure[];
  seconds: number;
}

export interface FuzzOptions {
  requests: number;
  seed: number;
  /** Renew sessions and tokens this often (fuzzed logouts end them). */
  renewEvery?: number;
  /** Stop collecting after this many failures (the counts go on). */
  keepFailures?: number;
  onProgress?: (done: number) => void;
}

const RENEW_EVERY = 500;

/** Check one response; null when it is fine. */
export function judge(req: FuzzRequest, status: number, type: string, body: string): string | null {
  if (status >= 500) return `status ${status}`;
  if (status < 400) return null;
  if (!type.startsWith('application/problem+json')) return `4xx as ${type || 'no content type'}`;
  if (req.method === 'HEAD') return null;
  let problem: { status?: unknown; code?: unknown; errors?: { field?: unknown }[] };
  try {
    problem = JSON.parse(body);
  } catch {
    return 'problem body is not JSON';
  }
  if (problem.status !== status) return `problem status ${String(problem.status)} on a ${status}`;
  if (problem.code === 'validation_failed') {
    const errors = problem.errors ?? [];
    if (errors.length === 0) return 'validation_failed without errors[]';
    if (errors.some((e) => typeof e.field !== 'string' || e.field === ''))
      return 'an error without a field';
  }
  return null;
}

/**
 * Send `requests` generated requests through `app.inject` (in-process, no sockets):
 * every operation of the OpenAPI document, as every actor, plus requests only the
 * router sees. Deterministic for a seed, up to the ids the app itself generates.
 */
export async function runFuzz(
  app: FastifyInstance,
  world: FuzzWorld,
  options: FuzzOptions,
): Promise<FuzzResult> {
  const perOperation = world.operations.map((op) => requestFor(op, world));
  const arb = fc.oneof(
    { weight: 19, arbitrary: fc.nat(perOperation.length - 1).chain((i) => perOperation[i]!) },
    { weight: 1, arbitrary: routerRequest(world.operations, world) },
  );
  const result: FuzzResult = {
    requests: 0,
    byStatus: new Map(),
    byRoute: new Map(),
    msByRoute: new Map(),
    byVariant: new Map(),
    failures: [],
    seconds: 0,
  };
  const started = performance.now();
  const batch = 100;
  for (let done = 0; done < options.requests; done += batch) {
    if (done > 0 && done % (options.renewEvery ?? RENEW_EVERY) === 0) await world.renewActors();
    const n = Math.min(batch, options.requests - done);
    const requests = fc.sample(arb, { seed: options.seed + done, numRuns: n });
    for (const req of requests) await sendOne(app, world, req, result, options.keepFailures ?? 50);
    options.onProgress?.(done + n);
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

async function sendOne(
  app: FastifyInstance,
  world: FuzzWorld,
  req: FuzzRequest,
  result: FuzzResult,
  keep: number,
): Promise<void> {
  const t0 = performance.now();
  const res = await app.inject({
    method: req.method as 'GET',
    url: req.url,
    headers: req.headers,
    ...(req.payload === undefined ? {} : { payload: req.payload }),
  });
  result.requests++;
  result.msByRoute.set(req.route, (result.msByRoute.get(req.route) ?? 0) + performance.now() - t0);
  result.byStatus.set(res.statusCode, (result.byStatus.get(res.statusCode) ?? 0) + 1);
  const route = result.byRoute.get(req.route) ?? new Map<number, number>();
  route.set(res.statusCode, (route.get(res.statusCode) ?? 0) + 1);
  result.byRoute.set(req.route, route);
  const variant = result.byVariant.get(req.variant) ?? new Map<number, number>();
  variant.set(res.statusCode, (variant.get(res.statusCode) ?? 0) + 1);
  result.byVariant.set(req.variant, variant);
  const type = String(res.headers['content-type'] ?? '');
  const reason = judge(req, res.statusCode, type, res.body);
  if (reason && result.failures.length < keep) {
    result.failures.push({
      request: req,
      status: res.statusCode,
      reason,
      body: res.body.slice(0, 500),
    });
  }
  if (res.statusCode < 300 && type.includes('json')) {
    try {
      world.ids.harvest(req.url, res.json());
    } catch {
      // not JSON after all: nothing to learn
    }
  }
}

/** A failure as text that reproduces it: method, URL, actor, headers and body. */
export function describeFailure(f: FuzzFailure): string {
  const headers = Object.fromEntries(
    Object.entries(f.request.headers).filter(([k]) => k === 'content-type'),
  );
  const payload =
    f.request.payload === undefined
      ? ''
      : Buffer.isBuffer(f.request.payload)
        ? `base64:${f.request.payload.toString('base64').slice(0, 2_000)}`
        : JSON.stringify(f.request.payload.slice(0, 2_000));
  return [
    `${f.reason}: ${f.request.method} ${f.request.url.slice(0, 300)} as ${f.request.actor} (${f.request.variant})`,
    `  headers ${JSON.stringify(headers)}`,
    payload ? `  payload ${payload}` : '',
    `  -> ${f.status} ${f.body.slice(0, 300)}`,
  ]
    .filter(Boolean)
    .join('\n');
}
