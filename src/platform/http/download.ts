import type { Readable } from 'node:stream';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';

/**
 * Send a file as a download, never inline: uploaded content must not run in our origin.
 * The body may be a Buffer or a stream (a ZIP or CSV written while it is sent). The name
 * goes out as RFC 6266 `filename` with an ASCII fallback and, when it is not plain ASCII,
 * as RFC 5987 `filename*` in UTF-8, so "Zoë.pdf" arrives as "Zoë.pdf". Never cached.
 */
export function sendDownload(
  reply: FastifyReply,
  body: Buffer | Readable,
  fileName: string,
  mediaType: string,
  extraHeaders: Record<string, string> = {},
) {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_');
  return reply
    .status(200)
    .headers({
      'content-type': mediaType,
      'content-disposition': contentDisposition(fileName, { type: 'attachment', fallback }),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extraHeaders,
    })
    .send(body);
}
