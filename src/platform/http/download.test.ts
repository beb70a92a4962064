import { Readable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendDownload } from './download';

describe('sendDownload', () => {
  it('sends a buffer or a stream as an attachment, never cached, names per RFC 6266/5987', async () => {
    const app = Fastify();
    app.get('/buffer', (_req, reply) =>
      sendDownload(reply, Buffer.from('%PDF-1.7'), "Şükrü's aangifte (1).pdf", 'application/pdf'),
    );
    app.get('/stream', (_req, reply) =>
      sendDownload(reply, Readable.from([Buffer.from('a;b\r\n')]), 'lijst.csv', 'text/csv'),
    );
    const pdf = await app.inject({ url: '/buffer' });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    // RFC 5987 attr-chars exclude ' ( ): encodeURIComponent alone would leave them raw.
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="__kr_'s aangifte (1).pdf"; filename*=UTF-8''%C5%9E%C3%BCkr%C3%BC%27s%20aangifte%20%281%29.pdf`,
    );
    const csv = await app.inject({ url: '/stream' });
    expect(csv.body).toBe('a;b\r\n');
    expect(csv.headers['content-disposition']).toBe('attachment; filename=lijst.csv');
    await app.close();
  });
});
