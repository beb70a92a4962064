import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-organisations';
import { AuditKeys } from '../platform/audit/audit-key';
import { ensureRekeyed, verifyAudit } from '../platform/audit/audit-log';
import { SESSION_COOKIE } from '../platform/auth/session-store';
import { parseMasterKey } from '../platform/crypto/master-key';
import { findOrganisationByCode } from '../platform/identity';
import { buildTestApp, type TestApp } from '../test/test-app';
import { createEmptyTestDatabase } from '../test/test-db';
import { FIXTURE_MASTER_KEY } from './fixtures/fixture-key';
import { migrate } from './migrate';

/**
 * Upgrading a real installation: a database as the previous release left it (its schema,
 * its migration log and demo data, made by scripts/make-upgrade-fixture.sh) is migrated by
 * this release, and what people stored stays readable. Add a fixture per release; keep the old.
 */
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const RELEASE = 'release-0.1.0.sql';

let t: TestApp;
let applied: string[];
let fixtureMigrations: string[];

beforeAll(async () => {
  const database = await createEmptyTestDatabase();
  const dump = fs.readFileSync(path.join(FIXTURES, RELEASE), 'utf8');
  await sql.raw(dump).execute(database.db);
  fixtureMigrations = (
    await sql<{ name: string }>`select name from schema_migration order by name`.execute(
      database.db,
    )
  ).rows.map((r) => r.name);
  applied = (await migrate(database.db)).applied;
  t = await buildTestApp({}, { database, masterKey: parseMasterKey(FIXTURE_MASTER_KEY) });
}, 60_000);
afterAll(async () => t?.close());

async function login(email: string): Promise<Record<string, string>> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
}

describe(`upgrade from ${RELEASE}`, () => {
  it('applies exactly the migrations added since, and never re-runs the released ones', async () => {
    const all = fs
      .readdirSync(path.join(FIXTURES, '..', 'migrations'))
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(fixtureMigrations.length).toBeGreaterThan(0);
    expect(applied).toEqual(all.filter((f) => !fixtureMigrations.includes(f)));
    expect((await migrate(t.deps.db)).applied).toEqual([]);
  });

  it('lets a reporter log in with her old password and read her encrypted reports', async () => {
    const org = await findOrganisationByCode(t.deps.db, 'GM0344');
    const headers = await login('melder@demo.weerbaar.nl');
    const base = `/api/v1/orgs/${org!.id}`;
    const mine = await t.app.inject({ method: 'GET', url: `${base}/my-incidents`, headers });
    expect(mine.statusCode).toBe(200);
    const narratives: string[] = [];
    for (const { id } of mine.json() as { id: string }[]) {
      const one = await t.app.inject({ method: 'GET', url: `${base}/my-incidents/${id}`, headers });
      narratives.push(one.json().narrative);
    }
    expect(narratives).toContainEqual(
      expect.stringContaining('Een bezoeker (fictief) was boos over een afgewezen vergunning.'),
    );
  });

  it('keeps the audit log chains intact, re-keyed under the audit key', async () => {
    const keys = await AuditKeys.load(t.deps.db, t.deps.keyring);
    const rekeyed = await ensureRekeyed(t.deps.db, keys);
    expect(rekeyed?.length).toBeGreaterThan(0);
    expect(rekeyed?.filter((c) => c.brokenAt !== null)).toEqual([]);
    const result = await verifyAudit(t.deps.db, keys);
    expect(result.events).toBeGreaterThan(0);
    expect(result.breaks).toEqual([]);
  });
});
