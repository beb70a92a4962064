import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { MAX_URL_LENGTH } from './router-errors';

let t: TestApp;
let org: { id: string };
let admin: TestPerson;
beforeAll(async () => {
  t = await buildTestApp();
  org = await buildOrganisation(t.deps.db);
  admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
});
afterAll(async () => t?.close());

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status });
}

describe("the router's own errors", () => {
  it('answers broken percent-encoding in the path with a 400 naming the url', async () => {
    const res = await t.app.inject({ url: `/api/v1/orgs/${org.id}/%zzmembers` });
    expectProblem(res, 400);
    expect(res.json()).toMatchObject({ code: 'bad_request', errors: [{ field: 'url' }] });
    expect(res.body).not.toContain('FST_ERR');
  });

  it('answers a path parameter past the router limit with 414', async () => {
    const res = await t.app.inject({
      url: `/api/v1/orgs/${org.id}/incidents/${'a'.repeat(500)}`,
      headers: admin.headers,
    });
    expectProblem(res, 414);
    expect(res.json()).toMatchObject({ code: 'uri_too_long' });
  });

  it('answers an overlong URL with 414, also on a route that exists', async () => {
    const res = await t.app.inject({
      url: `/api/v1/orgs/${org.id}/members?q=${'x'.repeat(MAX_URL_LENGTH)}`,
      headers: admin.headers,
    });
    expectProblem(res, 414);
  });

  it('answers a known path with the wrong method with 405 and an Allow header', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/session' });
    expectProblem(res, 405);
    expect(res.json()).toMatchObject({ code: 'method_not_allowed' });
    expect(String(res.headers.allow)).toContain('GET');
    const scoped = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/members`,
      headers: admin.headers,
    });
    expectProblem(scoped, 405);
  });

  it('still answers an unknown path with 404', async () => {
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/nergens' }), 404);
  });

  it('answers an unsupported content type with 415 problem details', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expectProblem(res, 415);
  });
});

/** Send raw bytes to a listening server and read everything it answers. */
async function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('requests the HTTP parser refuses', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });

  it('answers a malformed request line with problem details', async () => {
    const answer = await raw(port, 'GET /api v1 HTTP/9\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 400,
      code: 'bad_request',
    });
  });

  it('answers headers past the size limit with 431 problem details', async () => {
    const answer = await raw(
      port,
      `GET /health/live HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
  });
});
