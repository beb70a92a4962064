import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import {
  countByStatus,
  healthyTail,
  type Load,
  type LoadRequest,
  printFigure,
  recoveredAt,
  startLoad,
} from '../../test/load';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy';
import { buildTestApp, type TestApp } from '../../test/test-app';

// Losing the database is a PostgreSQL-server event: PGlite runs inside the process.
const url = process.env.TEST_DATABASE_URL;
/** Length of each simulated outage; RESILIENCE_OUTAGE_SECONDS=60 for the full minute. */
const OUTAGE_MS = Number(process.env.RESILIENCE_OUTAGE_SECONDS ?? 3) * 1000;
/** The service must be healthy again this soon after the database returns. */
const RECOVERY_BUDGET_MS = 15_000;
const CONCURRENCY = 8;

function loadFor(person: TestPerson): LoadRequest[] {
  return [
    { method: 'GET', path: '/api/v1/me', headers: person.headers },
    { method: 'PATCH', path: '/api/v1/me', headers: person.headers, body: { locale: 'en' } },
    { method: 'GET', path: '/health/ready' },
  ];
}

/** Every answer is a 2xx or a 503 problem with Retry-After; nothing else, no cut connections. */
function expectOnlyOkOr503(load: Load) {
  const bad = load.outcomes.filter(
    (o) =>
      !(typeof o.status === 'number' && o.status < 300) &&
      !(o.status === 503 && o.problem && o.retryAfter !== null),
  );
  expect(bad.slice(0, 5)).toEqual([]);
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  await expect.poll(check, { timeout: ms, interval: 100 }).toBe(true);
}

describe.runIf(url)('losing the database (PostgreSQL)', () => {
  describe('backends terminated under load', () => {
    let t: TestApp;
    let baseUrl: string;
    let admin: pg.Client;
    let load: Load | undefined;
    const lost: string[] = [];

    beforeAll(async () => {
      t = await buildTestApp({}, { onConnectionError: (e) => lost.push(e.message) });
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      admin = new pg.Client({ connectionString: url });
      await admin.connect();
    });
    afterAll(async () => {
      await load?.stop();
      await admin?.end();
      await t?.close();
    });

    it('answers 503 problems at most, never crashes, and is all 2xx again within seconds', async () => {
      const org = await buildOrganisation(t.deps.db);
      const person = await buildPerson(t.deps.db, org.id, ['reporter']);
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
        t.deps.db,
      );
      const database = rows[0]?.name;
      load = startLoad({ baseUrl, concurrency: CONCURRENCY, requests: loadFor(person) });
      await waitFor(() => healthyTail(load?.outcomes ?? [], 0, 50), 20_000);

      // Only this test's own database: other tests share the server.
      let terminated = 0;
      for (let round = 0; round < 3; round++) {
        const result = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where datname = $1 and pid <> pg_backend_pid()`,
          [database],
        );
        terminated += result.rowCount ?? 0;
        await new Promise((r) => setTimeout(r, 200));
      }
      const terminatedAt = Date.now();
      expect(terminated).toBeGreaterThan(0);

      await waitFor(() => healthyTail(load?.outcomes ?? [], terminatedAt, 100), RECOVERY_BUDGET_MS);
      await load.stop();
      expectOnlyOkOr503(load);
      expect(lost.length).toBeGreaterThan(0);
      const recovered = recoveredAt(load.outcomes, terminatedAt);
      printFigure(
        `terminate under load: ${terminated} backends ended, responses ${JSON.stringify(countByStatus(load.outcomes))}, ` +
          `all 2xx again ${Math.max(0, (recovered ?? terminatedAt) - terminatedAt)} ms after the last termination`,
      );
    }, 60_000);
  });

  describe('the database unreachable for a while', () => {
    let t: TestApp;
    let proxy: TcpProxy;
    let baseUrl: string;
    let load: Load | undefined;
    let direct: pg.Client;
    const ran: string[] = [];

    beforeAll(async () => {
      const server = new URL(url as string);
      proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
      t = await buildTestApp(
        {},
        {
          // Short, so a black-holed connect fails well within the test; production uses 5 s.
          connectTimeoutMs: 1_000,
          via: (u) => {
            const v = new URL(u);
            v.hostname = '127.0.0.1';
            v.port = String(proxy.port);
            return v;
          },
        },
      );
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
        t.deps.db,
      );
      const own = new URL(url as string);
      own.pathname = `/${rows[0]?.name}`;
      direct = new pg.Client({ connectionString: own.toString() });
      await direct.connect();
      t.deps.jobs.handle('resilience-probe', async (payload) => {
        ran.push(String(payload.name));
      });
      t.deps.jobs.start();
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    });
    afterEach(async () => {
      await load?.stop();
      load = undefined;
      await proxy.restore();
    });
    afterAll(async () => {
      await direct?.end();
      await t?.close();
      await proxy?.close();
    });

    const ready = async () => {
      const res = await fetch(new URL('/health/ready', baseUrl));
      return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
    };

    for (const outage of ['refuse', 'blackhole'] as const) {
      it(
        `${outage}: 503 problems and not ready while away, then recovers and jobs resume`,
        async () => {
          const org = await buildOrganisation(t.deps.db);
          const person = await buildPerson(t.deps.db, org.id, ['reporter']);
          await t.deps.jobs.enqueue(t.deps.db, 'resilience-probe', { name: `${outage}-before` });
          await waitFor(() => ran.includes(`${outage}-before`), 10_000);
          expect(await ready()).toMatchObject({ status: 200, body: { checks: { jobs: 'alive' } } });

          load = startLoad({ baseUrl, concurrency: CONCURRENCY, requests: loadFor(person) });
          await waitFor(() => healthyTail(load?.outcomes ?? [], 0, 30), 20_000);
          const cutAt = Date.now();
          await proxy.cut(outage);

          // While away: requests fail fast with a 503 problem, readiness says why.
          await waitFor(
            () => (load?.outcomes ?? []).some((o) => o.at > cutAt && o.status === 503),
            10_000,
          );
          const away = await ready();
          expect(away.status).toBe(503);
          expect(away.type).toContain('application/problem+json');
          expect(away.body).toMatchObject({
            status: 503,
            code: 'unavailable',
            checks: { database: 'unreachable' },
          });
          const live = await fetch(new URL('/health/live', baseUrl));
          expect(live.status).toBe(200);
          // A job that falls due while the app cannot see the database (added behind its back,
          // the server itself is up) must run once the app reaches the database again.
          await direct.query(
            `insert into job (queue, payload, run_at) values ('resilience-probe', $1, now())`,
            [JSON.stringify({ name: `${outage}-during` })],
          );

          await new Promise((r) => setTimeout(r, Math.max(0, cutAt + OUTAGE_MS - Date.now())));
          await proxy.restore();
          const restoredAt = Date.now();

          await waitFor(async () => (await ready()).status === 200, RECOVERY_BUDGET_MS);
          const readyAfterMs = Date.now() - restoredAt;
          await waitFor(
            () => healthyTail(load?.outcomes ?? [], restoredAt, 50),
            RECOVERY_BUDGET_MS,
          );
          await waitFor(() => ran.includes(`${outage}-during`), RECOVERY_BUDGET_MS);
          await t.deps.jobs.enqueue(t.deps.db, 'resilience-probe', { name: `${outage}-after` });
          await waitFor(() => ran.includes(`${outage}-after`), RECOVERY_BUDGET_MS);
          const jobsAfterMs = Date.now() - restoredAt;
          await load.stop();
          expectOnlyOkOr503(load);
          expect(load.outcomes.filter((o) => o.status === 503).length).toBeGreaterThan(0);
          const recovered = recoveredAt(load.outcomes, restoredAt);
          printFigure(
            `${outage} ${OUTAGE_MS / 1000} s: responses ${JSON.stringify(countByStatus(load.outcomes))}, ` +
              `slowest ${Math.max(...load.outcomes.map((o) => o.ms))} ms; after restore: ready in ${readyAfterMs} ms, ` +
              `all 2xx in ${Math.max(0, (recovered ?? restoredAt) - restoredAt)} ms, jobs ran within ${jobsAfterMs} ms`,
          );
        },
        60_000 + 3 * OUTAGE_MS,
      );
    }
  });
});
