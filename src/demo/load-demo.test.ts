import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVerifiedDomains } from '../platform/auth/oidc/oidc.repository';
import { findOrganisationByCode } from '../platform/identity';
import { buildTestApp, type TestApp } from '../test/test-app';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { loadDemoData } from './load-demo';

let t: TestApp;
// Loads the whole demo (~40 s on an idle 2-core machine, more while CI runs two workers).
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.deps, { print: false });
}, 180_000);
afterAll(async () => t?.close());

describe('demo data', () => {
  it("verifies each demo organisation's user domain, so OIDC set up in the demo signs them in", async () => {
    for (const { code } of DEMO_ORGANISATIONS) {
      const org = await findOrganisationByCode(t.deps.db, code);
      expect(await listVerifiedDomains(t.deps.db, org!.id), code).toEqual(['demo.weerbaar.nl']);
    }
  });
});
