import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

// A per-process random key: rate-limit buckets are keyed by a keyed hash of the
// client address, so not even the in-memory counter holds a readable address.
const BUCKET_KEY = randomBytes(32);

/** Rate-limit bucket of a request: HMAC of the address, never the address itself. */
export function anonymousBucket(request: FastifyRequest): string {
  return createHmac('sha256', BUCKET_KEY).update(request.ip).digest('base64url').slice(0, 22);
}

/** Responses on the reporter's side are never cached by browsers or proxies. */
export function noStore(reply: FastifyReply): void {
  void reply.header('cache-control', 'no-store');
}
