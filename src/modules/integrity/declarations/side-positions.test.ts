import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../../platform/time';
import { buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { buildIntegrityWorld, countRows, type IntegrityWorld } from '../test-helpers';

let t: TestApp;
let w: IntegrityWorld;
let councillor: TestPerson;
let alderman: TestPerson;
let silent: TestPerson;
beforeAll(async () => {
  t = await buildTestApp();
  w = await buildIntegrityWorld(t);
  councillor = await buildPerson(t.deps.db, w.org.id, ['reporter'], {
    displayName: 'Rina Raadslid',
  });
  alderman = await buildPerson(t.deps.db, w.org.id, ['reporter'], { displayName: 'Wim Wethouder' });
  silent = await buildPerson(t.deps.db, w.org.id, ['reporter'], { displayName: 'Stan Stil' });
});
afterAll(async () => t?.close());

const url = (path: string) => `/api/v1/orgs/${w.org.id}/integrity${path}`;
const send = (
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  headers: Record<string, string>,
  payload?: unknown,
) => t.app.inject({ method, url: url(path), headers, payload: payload as object });
const lastYear = Number(amsterdamDate(new Date()).slice(0, 4)) - 1;

describe('register of side positions and interests', () => {
  it('lets the clerk register office holders, who then declare', async () => {
    for (const [p, office] of [
      [councillor, 'councillor'],
      [alderman, 'alderman'],
      [silent, 'councillor'],
    ] as const) {
      const res = await send('PUT', `/office-holders/${p.id}`, w.clerk.headers, {
        office,
        party: 'Testpartij',
        since: '2022-03-30',
      });
      expect(res.statusCode).toBe(200);
    }
    // Someone who is not an office holder cannot declare.
    const notHolder = await send('POST', '/my-declarations', w.reporter.headers, {
      kind: 'side_position',
      organisationName: 'Xyz',
      role: 'Lid',
      paid: false,
      startOn: '2024-01-01',
    });
    expect(notHolder.statusCode).toBe(409);
    expect(
      (await send('GET', '/my-declarations', w.reporter.headers)).json().officeHolder,
    ).toBeNull();

    const declared = await send('POST', '/my-declarations', councillor.headers, {
      kind: 'side_position',
      organisationName: 'Stichting Sportpark Noord',
      role: 'Bestuurslid',
      paid: false,
      startOn: '2021-01-01',
    });
    expect(declared.statusCode).toBe(201);
    expect(declared.json().declarations).toMatchObject([
      { organisationName: 'Stichting Sportpark Noord', status: 'submitted', current: true },
    ]);
    await send('POST', '/my-declarations', councillor.headers, {
      kind: 'side_position',
      organisationName: 'Vereniging Oud-Utrecht',
      role: 'Penningmeester',
      paid: false,
      startOn: '2018-01-01',
      endOn: '2022-12-31',
    });
    await send('POST', '/my-declarations', councillor.headers, {
      kind: 'gift',
      organisationName: 'Projectontwikkelaar Stadshart',
      description: 'Concertkaarten',
      valueCents: 12000,
      startOn: amsterdamDate(new Date()),
    });
    await send('POST', '/my-declarations', alderman.headers, {
      kind: 'side_position',
      organisationName: 'Energie Coöperatie U.A.',
      role: 'Commissaris',
      paid: true,
      startOn: '2020-01-01',
    });
  });

  it('refuses a declaration whose end is before its start, and a gift under the threshold; nothing is stored', async () => {
    const before = await countRows(t, 'integrity_declaration', w.org.id);
    const res = await send('POST', '/my-declarations', councillor.headers, {
      kind: 'side_position',
      organisationName: 'Voetbalclub',
      role: 'Voorzitter',
      paid: false,
      startOn: '2024-06-01',
      endOn: '2024-05-31',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      { field: 'body.endOn', message: 'De einddatum ligt vóór de begindatum.' },
    ]);
    const gift = await send('POST', '/my-declarations', councillor.headers, {
      kind: 'gift',
      organisationName: 'Bakker',
      valueCents: 2500,
      startOn: '2026-01-01',
    });
    expect(gift.json().errors[0].field).toBe('body.valueCents');
    const mine = (await send('GET', '/my-declarations', councillor.headers)).json().declarations;
    const sportpark = mine.find(
      (d: { organisationName: string }) => d.organisationName === 'Stichting Sportpark Noord',
    );
    const ending = await send('POST', `/my-declarations/${sportpark.id}/end`, councillor.headers, {
      endOn: '2020-12-31',
    });
    expect(ending.json().errors[0].field).toBe('body.endOn');
    expect(await countRows(t, 'integrity_declaration', w.org.id)).toBe(before);
  });

  it('shows the clerk who has not declared, what waits for validation and missing income', async () => {
    const holders = (await send('GET', '/office-holders', w.clerk.headers)).json();
    const byName = (name: string) =>
      holders.find((h: { displayName: string }) => h.displayName === name);
    expect(byName('Stan Stil')).toMatchObject({ declaredThisYear: false, awaitingValidation: 0 });
    expect(byName('Rina Raadslid')).toMatchObject({
      declaredThisYear: true,
      awaitingValidation: 3,
    });
    const pending = (await send('GET', '/declarations?status=submitted', w.clerk.headers)).json();
    for (const d of pending) {
      if (d.kind === 'gift') continue;
      const res = await send('POST', `/declarations/${d.id}/review`, w.clerk.headers, {
        decision: 'validate',
      });
      expect(res.statusCode).toBe(204);
    }
    const gift = pending.find((d: { kind: string }) => d.kind === 'gift');
    await send('POST', `/declarations/${gift.id}/review`, w.clerk.headers, {
      decision: 'reject',
      note: 'Graag de gever preciezer noemen.',
    });
    const mine = (await send('GET', '/my-declarations', councillor.headers)).json().declarations;
    expect(mine.find((d: { kind: string }) => d.kind === 'gift')).toMatchObject({
      status: 'rejected',
      reviewNote: 'Graag de gever preciezer noemen.',
    });
    // "Nothing to declare" also counts as having declared.
    const confirmed = await send('POST', '/my-declarations/confirmation', silent.headers);
    expect(confirmed.json().officeHolder.declaredThisYear).toBe(true);
    const alderman1 = (await send('GET', '/office-holders', w.clerk.headers))
      .json()
      .find((h: { displayName: string }) => h.displayName === 'Wim Wethouder');
    expect(alderman1.incomeMissing).toBe(true);
    const energy = (await send('GET', '/my-declarations', alderman.headers)).json().declarations[0];
    const income = await send(
      'PUT',
      `/my-declarations/${energy.id}/income/${lastYear}`,
      alderman.headers,
      { amountCents: 480000 },
    );
    expect(income.statusCode).toBe(200);
    const after = (await send('GET', '/office-holders', w.clerk.headers))
      .json()
      .find((h: { displayName: string }) => h.displayName === 'Wim Wethouder');
    expect(after.incomeMissing).toBe(false);
  });

  it('publishes validated declarations per organisation without login, with history, as JSON and CSV', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/${w.org.code}/side-positions`,
    });
    expect(res.statusCode).toBe(200);
    const register = res.json();
    const rina = register.officeHolders.find((h: { name: string }) => h.name === 'Rina Raadslid');
    expect(rina.current.map((d: { organisationName: string }) => d.organisationName)).toEqual([
      'Stichting Sportpark Noord',
    ]);
    expect(rina.history.map((d: { organisationName: string }) => d.organisationName)).toEqual([
      'Vereniging Oud-Utrecht',
    ]);
    // A rejected gift is not published, and nothing internal leaks.
    expect(JSON.stringify(register)).not.toContain('Projectontwikkelaar');
    expect(JSON.stringify(register)).not.toContain('preciezer');
    expect(JSON.stringify(register)).not.toContain('@');
    const wim = register.officeHolders.find((h: { name: string }) => h.name === 'Wim Wethouder');
    expect(wim.current[0].income).toEqual([{ year: lastYear, amountCents: 480000 }]);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/${w.org.code}/side-positions.csv`,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'naam,functie,partij,status,soort,organisatie,rol,bezoldigd,omschrijving,waarde_eur,begindatum,einddatum,inkomsten',
    );
    expect(lines).toContain(
      'Rina Raadslid,Raadslid,Testpartij,historie,Nevenfunctie,Vereniging Oud-Utrecht,Penningmeester,nee,,,2018-01-01,2022-12-31,',
    );
    expect(csv.body).toContain(`${lastYear}: 4800.00`);
    const json = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/${w.org.code}/side-positions.json`,
    });
    expect(json.headers['content-disposition']).toContain(`nevenfuncties-${w.org.code}.json`);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/public/NOPE999/side-positions' }))
        .statusCode,
    ).toBe(404);
  });

  it('lets only the clerk validate and register, and only the holder change their own declarations', async () => {
    const declarations = (await send('GET', '/my-declarations', councillor.headers)).json()
      .declarations;
    expect((await send('GET', '/office-holders', councillor.headers)).statusCode).toBe(404);
    expect(
      (
        await send('POST', `/declarations/${declarations[0].id}/review`, w.admin.headers, {
          decision: 'validate',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await send('POST', `/my-declarations/${declarations[0].id}/withdraw`, alderman.headers))
        .statusCode,
    ).toBe(404);
    const withdrawn = await send(
      'POST',
      `/my-declarations/${declarations[0].id}/withdraw`,
      councillor.headers,
    );
    expect(withdrawn.statusCode).toBe(200);
    const outsider = await buildPerson(t.deps.db, null, []);
    expect(
      (
        await send('PUT', `/office-holders/${outsider.id}`, w.clerk.headers, {
          office: 'councillor',
          since: '2022-01-01',
        })
      ).statusCode,
    ).toBe(400);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', w.org.id)
      .where('action', 'like', 'integrity.declaration.%')
      .execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'integrity.declaration.create',
        'integrity.declaration.validate',
        'integrity.declaration.reject',
        'integrity.declaration.confirm',
        'integrity.declaration.income',
        'integrity.declaration.withdraw',
      ]),
    );
  });
});
