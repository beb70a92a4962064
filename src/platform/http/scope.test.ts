import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApiToken,
  buildOrganisation,
  buildPerson,
  type TestPerson,
} from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { ROLES } from '../auth/roles';
import { SCOPED_PREFIX } from './scope';

/**
 * Routes outside the organisation scope, each for a reason. A new unscoped
 * route fails this test until it is listed here, so nobody adds one by accident.
 */
const UNSCOPED_ALLOWLIST: RegExp[] = [
  /^\/health\//, // liveness/readiness, no data
  /^\/metrics$/, // Prometheus metrics: only with METRICS_TOKEN (Bearer), no personal data
  /^\/api\/docs/, // API reference (static)
  /^\/api\/v1\/openapi\.json$/,
  /^\/api\/v1\/auth\//, // login, logout, session, TOTP, OIDC
  /^\/api\/v1\/me$/, // the person's own profile
  /^\/api\/v1\/organisations$/, // public list of organisations (names and codes)
  /^\/api\/v1\/admin\//, // platform admin; checks is_platform_admin itself
  /^\/api\/v1\/questionnaires\/schema\.json$/, // published JSON Schema of definitions
  /^\/api\/v1\/public\//, // public registers (side positions), no login by design
  /^\/api\/v1\/integrity\//, // anonymous reporting channel, scoped by org code + receipt
  /^\/api\/v1\/survey\//, // Monitor invitees, scoped by single-use token
  /^\/api\/v1\/bibob-questionnaire\//, // Bibob applicants, scoped by single-use token
  /^\/api\/v1\/invitations\/(lookup|accept|register)$/, // invitee: one-time token (+ own session to accept)
  /^\/$/,
  /^\/\*$/,
];

let t: TestApp;
let orgA: { id: string };
let orgB: { id: string };
let allRolesInA: TestPerson;

beforeAll(async () => {
  t = await buildTestApp();
  orgA = await buildOrganisation(t.deps.db);
  orgB = await buildOrganisation(t.deps.db);
  allRolesInA = await buildPerson(t.deps.db, orgA.id, [...ROLES]);
});
afterAll(async () => t?.close());

function fill(url: string, orgId: string): string {
  return url.replace(':orgId', orgId).replace(/:[A-Za-z]+/g, () => randomUUID());
}

describe('organisation scoping on every route', () => {
  it('has scoped routes to check', () => {
    expect(t.app.routeTable.filter((r) => r.scoped).length).toBeGreaterThan(5);
  });

  it('lists every unscoped API route in the allowlist', () => {
    const unlisted = t.app.routeTable
      .filter((r) => !r.scoped)
      .filter((r) => !UNSCOPED_ALLOWLIST.some((re) => re.test(r.url)))
      .map((r) => `${r.method} ${r.url}`);
    expect(unlisted).toEqual([]);
  });

  it("answers 404 to a member of A with every role, on every route, for B's organisation", async () => {
    const leaks: string[] = [];
    for (const route of t.app.routeTable.filter((r) => r.scoped)) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: fill(route.url, orgB.id),
        headers: { ...allRolesInA.headers, 'content-type': 'application/json' },
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
      });
      if (res.statusCode !== 404) leaks.push(`${route.method} ${route.url} -> ${res.statusCode}`);
      else expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(leaks).toEqual([]);
  });

  it("answers 404 to an API token of A, of every role, on every route for B's organisation", async () => {
    const leaks: string[] = [];
    for (const role of ROLES) {
      const auth = await buildApiToken(t.deps.db, orgA.id, role);
      for (const route of t.app.routeTable.filter((r) => r.scoped)) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url, orgB.id),
          headers: { ...auth, 'content-type': 'application/json' },
          payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
        });
        if (res.statusCode !== 404)
          leaks.push(`${role}: ${route.method} ${route.url} -> ${res.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('answers 401 on every scoped route without credentials', async () => {
    const open: string[] = [];
    for (const route of t.app.routeTable.filter((r) => r.scoped)) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: fill(route.url, orgA.id),
      });
      if (res.statusCode !== 401) open.push(`${route.method} ${route.url} -> ${res.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it('answers 404 for a malformed organisation id', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${SCOPED_PREFIX.replace(':orgId', 'not-a-uuid')}/members`,
      headers: allRolesInA.headers,
    });
    expect(res.statusCode).toBe(404);
  });
});
