import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../demo/load-demo';
import { findOrganisationByCode, findPersonByEmail } from '../../platform/identity';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { DEMO_RECEIPT } from './integrity.demo';

let t: TestApp;
// Loads the whole demo (~40 s on an idle 2-core machine, more while CI runs two workers).
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.deps, { print: false });
}, 180_000);
afterAll(async () => t?.close());

describe('integrity demo content', () => {
  it('has a public register with declarations, an agenda with conflicts and a documented receipt', async () => {
    const register = (
      await t.app.inject({ method: 'GET', url: '/api/v1/public/GM0344/side-positions' })
    ).json();
    const rachid = register.officeHolders.find(
      (h: { name: string }) => h.name === 'Rachid Raadslid',
    );
    expect(
      rachid.current.map((d: { organisationName: string }) => d.organisationName).sort(),
    ).toEqual(['Bouwbedrijf Van Dijk B.V.', 'Stichting Sportpark Noord']);
    const org = await findOrganisationByCode(t.deps.db, 'GM0344');
    const clerk = await findPersonByEmail(t.deps.db, 'griffier@demo.weerbaar.nl');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: clerk!.email, password: 'Weerbaar-demo-2026' },
    });
    const headers = {
      cookie: String(login.headers['set-cookie']).split(';')[0]!,
      'x-csrf-token': login.json().csrfToken,
    };
    const meetings = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org!.id}/integrity/meetings`,
        headers,
      })
    ).json();
    expect(meetings[0]).toMatchObject({ title: 'Gemeenteraad (demo)', openMatches: 3 });
    const holders = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org!.id}/integrity/office-holders`,
        headers,
      })
    ).json();
    expect(
      holders.find((h: { displayName: string }) => h.displayName === 'Karel Klaassen')
        .declaredThisYear,
    ).toBe(false);
    const receipt = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrity/receipt/session',
      payload: { organisationCode: 'GM0344', receipt: DEMO_RECEIPT },
    });
    expect(receipt.statusCode).toBe(201);
  });
});
