import { vi } from 'vitest';
import type { ApiResult } from '../api/client';
import type { paths } from '../api/schema';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** One request the page made, as the server would have received it. */
export interface SeenRequest {
  method: string;
  path: string;
  request: Request;
}

interface Route {
  method: string;
  pattern: RegExp;
  answer: (request: Request) => Response | Promise<Response>;
}

/** `/api/v1/orgs/{orgId}/incidents` -> a pattern that matches any orgId. */
function patternOf(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{\w+\}/g, '[^/]+')}$`);
}

const json = (body: unknown, status: number, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/**
 * The API as the page under test sees it: fetch answers from typed fixtures (their
 * types are the generated schema's, so a fixture that drifts from the server fails
 * typecheck). Every request is kept, so tests can read what the page sent.
 */
export function fakeApi() {
  const routes: Route[] = [];
  const seen: SeenRequest[] = [];
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    seen.push({ method: request.method, path, request: request.clone() });
    const route = routes.find((r) => r.method === request.method && r.pattern.test(path));
    if (!route) {
      return json(
        { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' },
        404,
        'application/problem+json',
      );
    }
    return route.answer(request);
  });
  vi.stubGlobal('fetch', fetch);

  const api = {
    seen,
    /** Answer `method path` with a body of the type the server's schema gives it. */
    on<P extends keyof paths, M extends Method>(
      method: M,
      path: P,
      body: ApiResult<P, M> | ((request: Request) => ApiResult<P, M>),
      status = method === 'post' ? 201 : 200,
    ) {
      routes.unshift({
        method: method.toUpperCase(),
        pattern: patternOf(path),
        answer: (request) =>
          json(
            typeof body === 'function' ? (body as (r: Request) => unknown)(request) : body,
            status,
          ),
      });
      return api;
    },
    /** Answer `method path` with RFC 9457 problem details. */
    problem(
      method: Method,
      path: keyof paths,
      problem: { status: number; code: string; title: string; detail?: string; errors?: unknown[] },
    ) {
      routes.unshift({
        method: method.toUpperCase(),
        pattern: patternOf(path),
        answer: () =>
          json(
            { type: `https://weerbaar.nl/problemen/${problem.code}`, ...problem },
            problem.status,
            'application/problem+json',
          ),
      });
      return api;
    },
    /** The requests made to `method path`. */
    calls(method: Method, path: keyof paths): SeenRequest[] {
      const pattern = patternOf(path);
      return seen.filter((s) => s.method === method.toUpperCase() && pattern.test(s.path));
    },
  };
  return api;
}
