import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { noRouteMatched } from './router-errors';

/** Serve the built single-page app; unknown non-API paths get index.html so client routes work. */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const index = path.join(distDir, 'index.html');
  const built = fs.existsSync(index);
  if (!built) {
    app.setNotFoundHandler(async (request, reply) => noRouteMatched(app, request, reply));
    return;
  }
  await app.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: false, index: false });
  const html = fs.readFileSync(index, 'utf8');
  const sendIndex = async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  app.get('/', { schema: { hide: true } }, sendIndex);
  app.setNotFoundHandler(async (request, reply) => {
    const accept = request.headers.accept ?? '';
    if (
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      accept.includes('text/html')
    ) {
      return sendIndex(request, reply);
    }
    return noRouteMatched(app, request, reply);
  });
}
