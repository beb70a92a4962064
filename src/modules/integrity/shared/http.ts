import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Send a file as a download, never inline: uploaded content must not run in our origin. */
export function sendDownload(
  reply: FastifyReply,
  data: Buffer,
  fileName: string,
  mediaType: string,
) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .status(200)
    .headers({
      'content-type': mediaType,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(data);
}

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
