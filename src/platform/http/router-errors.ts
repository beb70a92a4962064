import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteEntry } from '../../app';
import { AppError } from '../errors/app-error';

/** Longest URL (path and query) the app reads; a longer one is answered 414. */
export const MAX_URL_LENGTH = 8 * 1024;

interface Pattern {
  method: string;
  regex: RegExp;
}

const compiled = new WeakMap<RouteEntry[], Pattern[]>();

function patternsOf(routes: RouteEntry[]): Pattern[] {
  let patterns = compiled.get(routes);
  if (!patterns || patterns.length !== routes.length) {
    patterns = routes
      .filter((r) => !r.url.includes('*'))
      .map((r) => {
        const source = r.url
          .split('/')
          .map((part) =>
            part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('/');
        return { method: r.method, regex: new RegExp(`^${source}/?$`) };
      });
    compiled.set(routes, patterns);
  }
  return patterns;
}

/** The methods registered for a concrete path (HEAD with GET, as Fastify adds it). */
export function allowedMethods(routes: RouteEntry[], url: string): string[] {
  const path = url.split('?')[0] ?? url;
  const methods = new Set(
    patternsOf(routes)
      .filter((p) => p.regex.test(path))
      .map((p) => p.method),
  );
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * The answer when no route matched: 405 with an Allow header when the path exists
 * for other methods, else 404. Both as problem details, thrown to the error handler.
 */
export function noRouteMatched(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
): never {
  const allow = allowedMethods(app.routeTable, request.url);
  if (allow.length > 0 && !allow.includes(request.method)) {
    void reply.header('allow', allow.join(', '));
    throw new AppError('method_not_allowed', `Dit adres kent alleen ${allow.join(', ')}.`, {
      extra: { allow },
    });
  }
  throw new AppError('not_found', 'Deze pagina of bron bestaat niet.');
}

/** Refuse overlong URLs with 414 before any route or not-found handler reads them. */
export function registerUrlLimit(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) {
      throw new AppError('uri_too_long', `Het adres is langer dan ${MAX_URL_LENGTH} tekens.`, {
        fields: [{ field: 'url', message: 'te lang' }],
      });
    }
  });
}
