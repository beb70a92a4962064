import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { printFigure } from '../../test/load';
import { type ServerProcess, startServerProcess, tempDataDir } from '../../test/server-process';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';
import { registerProblemDetails } from '../errors/problem-details';
import { drainAndClose, registerClosingGate, SHUTDOWN_DEADLINE_MS } from './graceful-shutdown';

/** Slow uploads in flight when SIGTERM arrives; each must get its whole answer. */
const SLOW_REQUESTS = 6;
/** Each slow body: this many chunks, the second half sent only after the listener closed. */
const CHUNKS = 10;
const CHUNK = ' '.repeat(4096);

type Result =
  | { kind: 'complete'; status: number; body: string; headers: http.IncomingHttpHeaders }
  | { kind: 'refused' } // no connection: the listener is closed
  | { kind: 'not-accepted'; error: string } // connection dropped before any response byte
  | { kind: 'truncated'; error: string }; // a response started and was cut: never allowed

/** One request on its own connection; classifies how it ended. */
function request(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; agent?: http.Agent },
  writeBody?: (req: http.ClientRequest) => Promise<void>,
): { result: Promise<Result>; continued: Promise<void> } {
  let onContinue: () => void = () => {};
  const continued = new Promise<void>((resolve) => {
    onContinue = resolve;
  });
  const result = new Promise<Result>((resolve) => {
    let responded = false;
    const req = http.request(
      { host: '127.0.0.1', port, agent: options.agent ?? false, ...options },
      (res) => {
        responded = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () =>
          resolve({ kind: 'complete', status: res.statusCode ?? 0, body, headers: res.headers }),
        );
        res.on('error', (e) => resolve({ kind: 'truncated', error: String(e) }));
        res.on('aborted', () => resolve({ kind: 'truncated', error: 'aborted' }));
      },
    );
    req.on('continue', onContinue);
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (responded) resolve({ kind: 'truncated', error: String(e) });
      else if (e.code === 'ECONNREFUSED') resolve({ kind: 'refused' });
      else resolve({ kind: 'not-accepted', error: String(e) });
    });
    if (writeBody) void writeBody(req);
    else req.end();
  });
  return { result, continued };
}

function connectRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
}

/** Requests on fresh connections, back to back, until stopped: the load during shutdown. */
function backgroundLoad(port: number, concurrency: number) {
  const results: Result[] = [];
  let stopped = false;
  const paths = ['/health/ready', '/api/v1/organisations'];
  const loops = Array.from({ length: concurrency }, async (_, i) => {
    for (let n = i; !stopped; n++) {
      const r = await request(port, { method: 'GET', path: paths[n % paths.length] as string })
        .result;
      results.push(r);
      if (r.kind === 'refused') await new Promise((res) => setTimeout(res, 20));
    }
  });
  return {
    results,
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

describe('SIGTERM under load (the real server process)', () => {
  let database: TestDatabase | undefined;
  let server: ServerProcess;
  let person: TestPerson;

  beforeAll(async () => {
    const dataDir = tempDataDir();
    if (process.env.TEST_DATABASE_URL) {
      database = await createTestDatabase();
      const org = await buildOrganisation(database.db);
      person = await buildPerson(database.db, org.id, ['reporter']);
    } else {
      // Seed the embedded database the server will open, then hand it over.
      const seed = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
      await migrate(seed.db);
      const org = await buildOrganisation(seed.db);
      person = await buildPerson(seed.db, org.id, ['reporter']);
      await seed.close();
    }
    server = await startServerProcess({ dataDir, databaseUrl: database?.url });
  }, 120_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await server?.exited;
    server?.cleanUp();
    await database?.close();
  });

  it('finishes every accepted request, refuses new connections, and exits 0 within 10 s', async () => {
    const body = `{"locale":"en"${CHUNK.repeat(CHUNKS)}}`;
    const half = Math.floor(body.length / 2);
    // Like a load balancer: keep-alive connections that stay open after their response
    // unless the server says `Connection: close`; they must not hold the process open.
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: SLOW_REQUESTS });
    let sendRest: () => void = () => {};
    const restMayGo = new Promise<void>((resolve) => {
      sendRest = resolve;
    });
    // Slow uploads: headers announce the body and wait for `100 Continue`, which proves the
    // server has accepted and parsed the request; half the body follows before SIGTERM, the
    // rest only once new connections are already refused.
    const slow = Array.from({ length: SLOW_REQUESTS }, () =>
      request(
        server.port,
        {
          method: 'PATCH',
          path: '/api/v1/me',
          agent: keepAlive,
          headers: {
            ...person.headers,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            expect: '100-continue',
          },
        },
        async (req) => {
          await new Promise<void>((resolve) => req.once('continue', resolve));
          req.write(body.slice(0, half));
          await restMayGo;
          for (let i = half; i < body.length; i += CHUNK.length) {
            req.write(body.slice(i, i + CHUNK.length));
            await new Promise((r) => setTimeout(r, 20));
          }
          req.end();
        },
      ),
    );
    await Promise.all(slow.map((s) => s.continued));
    const load = backgroundLoad(server.port, 6);
    await expect.poll(() => load.results.length, { timeout: 20_000 }).toBeGreaterThan(20);

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await expect
      .poll(() => connectRefused(server.port), { timeout: SHUTDOWN_DEADLINE_MS, interval: 20 })
      .toBe(true);
    const refusedAfterMs = Date.now() - signalledAt;
    expect(server.child.exitCode).toBeNull(); // still draining the slow uploads
    sendRest();

    const answers = await Promise.all(slow.map((s) => s.result));
    const exit = await server.exited;
    const exitedAfterMs = Date.now() - signalledAt;
    await load.stop();
    keepAlive.destroy();

    for (const answer of answers) {
      expect(answer).toMatchObject({ kind: 'complete', status: 200 });
      if (answer.kind === 'complete') {
        expect(JSON.parse(answer.body)).toEqual({ locale: 'en' });
        expect(answer.headers.connection).toBe('close');
      }
    }
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedAfterMs).toBeLessThan(SHUTDOWN_DEADLINE_MS);
    expect(server.output()).toContain('shut down cleanly');

    // Under load: answers are whole (200, or the 503 problem of a closing instance), or the
    // connection was never taken; not one response was cut off.
    expect(load.results.filter((r) => r.kind === 'truncated')).toEqual([]);
    for (const r of load.results) {
      if (r.kind !== 'complete') continue;
      expect([200, 503]).toContain(r.status);
      if (r.status === 503) expect(r.headers['content-type']).toContain('application/problem+json');
    }
    const count = (kind: Result['kind']) => load.results.filter((r) => r.kind === kind).length;
    printFigure(
      `SIGTERM under load: ${SLOW_REQUESTS} slow uploads all 200; listener closed after ${refusedAfterMs} ms, ` +
        `exit 0 after ${exitedAfterMs} ms; background: ${count('complete')} complete, ${count('refused')} refused, ` +
        `${count('not-accepted')} dropped before being read, ${count('truncated')} cut off`,
    );
  }, 60_000);
});

describe('the closing gate', () => {
  it('answers a request that arrives while closing with a 503 problem and Connection: close', async () => {
    const app = Fastify({ return503OnClosing: false });
    registerProblemDetails(app);
    registerClosingGate(app);
    app.get('/ping', async () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as net.AddressInfo;
    let serverSide: net.Socket | undefined;
    app.server.once('connection', (s: net.Socket) => {
      serverSide = s;
    });
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let raw = '';
    socket.on('data', (d) => {
      raw += String(d);
    });
    const ended = new Promise((resolve) => socket.once('close', resolve));
    // The request has begun (so the connection is not idle) when closing starts.
    socket.write('GET /ping HTTP/1.1\r\n');
    // Read (and so parsed: the parser runs on each read) by the server before closing starts.
    await expect.poll(() => serverSide?.bytesRead ?? 0, { interval: 5 }).toBeGreaterThan(0);
    const closing = app.close();
    socket.write('Host: localhost\r\n\r\n');
    await ended;
    await closing;
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1.1 503 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(head).toMatch(/connection: close/i);
    expect(head).toMatch(/retry-after: \d+/i);
    expect(JSON.parse(body ?? '')).toMatchObject({ status: 503, code: 'unavailable' });
  });
});

describe('drainAndClose', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t?.close());

  it('lets the job in hand finish and claims no other before closing the database', async () => {
    const finished: string[] = [];
    let release: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      release = resolve;
    });
    t.deps.jobs.handle('slow-shutdown', async (payload) => {
      release();
      await new Promise((r) => setTimeout(r, 300));
      finished.push(String(payload.n));
    });
    await t.deps.jobs.enqueue(t.deps.db, 'slow-shutdown', { n: 1 });
    await t.deps.jobs.enqueue(t.deps.db, 'slow-shutdown', { n: 2 });
    t.deps.jobs.start();
    await started;
    let closedDatabase = false;
    await drainAndClose({
      app: t.app,
      alongside: [() => t.deps.jobs.stop()],
      last: async () => {
        closedDatabase = true;
      },
    });
    expect(finished).toEqual(['1']);
    expect(closedDatabase).toBe(true);
    const rows = await t.deps.db
      .selectFrom('job')
      .select(['payload', 'done_at'])
      .where('queue', '=', 'slow-shutdown')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.done_at !== null)).toEqual([true, false]);
  });
});
