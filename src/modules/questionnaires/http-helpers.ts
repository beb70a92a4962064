import type { FastifyRequest } from 'fastify';

/** The language to answer in: ?lang=, else the person's own preference, else Dutch. */
export function localeOf(request: FastifyRequest): 'nl' | 'en' {
  const asked = (request.query as { lang?: string } | undefined)?.lang;
  if (asked === 'nl' || asked === 'en') return asked;
  return request.actor?.type === 'person' ? request.actor.locale : 'nl';
}
