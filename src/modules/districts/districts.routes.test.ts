import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fileReport } from '../incidents/test-helpers';
import { demoBoundaryGeoJson, demoFiguresCsv } from './districts.demo';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

/** A municipality with a CBS-like code (the demo boundaries are GM0344's, renumbered). */
async function municipality() {
  const gm = String(randomInt(5000, 10000));
  const org = await buildOrganisation(t.deps.db, { code: `GM${gm}` });
  return {
    org,
    gm,
    admin: await buildPerson(t.deps.db, org.id, ['org_admin']),
    handler: await buildPerson(t.deps.db, org.id, ['handler', 'reporter']),
    base: `/api/v1/orgs/${org.id}`,
    boundaries: demoBoundaryGeoJson().replaceAll('0344', gm),
    figures: demoFiguresCsv().replaceAll('0344', gm),
  };
}

const put = (url: string, headers: Record<string, string>, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url, headers, payload });
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

async function loaded() {
  const m = await municipality();
  const b = await put(`${m.base}/districts/boundaries`, m.admin.headers, {
    fileName: 'wijken.geojson',
    content: m.boundaries,
  });
  expect(b.statusCode, b.body).toBe(200);
  const f = await put(`${m.base}/districts/figures`, m.admin.headers, {
    fileName: 'kerncijfers.csv',
    content: m.figures,
  });
  expect(f.statusCode, f.body).toBe(200);
  return m;
}

describe('district boundaries and context figures', () => {
  it('the admin uploads boundaries and figures; the list shows what was loaded, by name', async () => {
    const m = await loaded();
    const list = await get(`${m.base}/districts`, m.handler.headers);
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.boundaries).toMatchObject({
      fileName: 'wijken.geojson',
      crs: 'wgs84',
      wijken: 4,
      buurten: 16,
    });
    expect(body.figures).toMatchObject({ fileName: 'kerncijfers.csv', districtsWithFigures: 20 });
    const names = body.districts.map((d: { name: string }) => d.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const buurt = body.districts.find((d: { code: string }) => d.code === `BU${m.gm}0201`);
    expect(buurt).toMatchObject({ level: 'buurt', wijkCode: `WK${m.gm}02` });
    expect(buurt.figures.inwoners).toBeGreaterThan(0);
    expect(body).not.toHaveProperty('districts.0.path');
  });

  it('refuses another municipality’s codes, malformed GeoJSON and unknown figure codes, naming them', async () => {
    const m = await municipality();
    const other = await put(`${m.base}/districts/boundaries`, m.admin.headers, {
      content: demoBoundaryGeoJson(),
    });
    expect(other.statusCode).toBe(400);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json().errors[0]).toEqual({
      field: 'body.content',
      message: `Gebied 1: WK034401 ligt niet in gemeente GM${m.gm}.`,
    });
    const broken = await put(`${m.base}/districts/boundaries`, m.admin.headers, {
      content: '{"type":"FeatureCollection","features":[{"type":"Feature"',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].message).toContain('geen geldige JSON');
    const early = await put(`${m.base}/districts/figures`, m.admin.headers, { content: m.figures });
    expect(early.statusCode).toBe(409);

    await put(`${m.base}/districts/boundaries`, m.admin.headers, { content: m.boundaries });
    const unknown = await put(`${m.base}/districts/figures`, m.admin.headers, {
      content: `code;inwoners\nWK${m.gm}01;100\nWK${m.gm}99;5\n`,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      {
        field: 'body.content',
        message: `Regel 3: WK${m.gm}99 is geen wijk of buurt van de geladen grenzen.`,
      },
    ]);
  });

  it('abuse: a handler, another organisation’s admin and an anonymous visitor cannot upload or read', async () => {
    const m = await loaded();
    const stranger = await municipality();
    const asHandler = await put(`${m.base}/districts/boundaries`, m.handler.headers, {
      content: m.boundaries,
    });
    // A role without the policy gets the same 404 as a stranger (ADR 0010).
    expect(asHandler.statusCode).toBe(404);
    for (const path of ['/districts/boundaries', '/districts/figures']) {
      const res = await put(`${m.base}${path}`, stranger.admin.headers, { content: m.boundaries });
      expect(res.statusCode).toBe(404);
    }
    expect((await get(`${m.base}/districts`, stranger.admin.headers)).statusCode).toBe(404);
    expect((await get(`${m.base}/insight/districts`, stranger.admin.headers)).statusCode).toBe(404);
    expect((await get(`${m.base}/districts`)).statusCode).toBe(401);
    expect((await get(`${m.base}/insight/districts.csv`)).statusCode).toBe(401);
    const notMunicipality = await buildOrganisation(t.deps.db, { type: 'provincie' });
    const pvAdmin = await buildPerson(t.deps.db, notMunicipality.id, ['org_admin']);
    const pv = await put(
      `/api/v1/orgs/${notMunicipality.id}/districts/boundaries`,
      pvAdmin.headers,
      {
        content: m.boundaries,
      },
    );
    expect(pv.statusCode).toBe(422);
  });
});

describe('the district of an incident and the dashboard per wijk and buurt', () => {
  it('a handler sets the buurt of a report in a public place; audited and on the timeline', async () => {
    const m = await loaded();
    const report = await fileReport(t, m.org.id, m.handler.headers, { location: 'public' });
    const code = `BU${m.gm}0201`;
    const set = await put(`${m.base}/incidents/${report.id}/district`, m.handler.headers, { code });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().district).toEqual({ code, name: 'Oude Stad (demo)' });
    const event = set.json().timeline.at(-1);
    expect(event).toMatchObject({ type: 'district_set', note: `Oude Stad (demo) (${code})` });

    const audited = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', m.org.id)
      .where('action', '=', 'incident.district')
      .execute();
    expect(audited).toHaveLength(1);

    // Someone with the database but not the keys: the timeline note is sealed.
    const stored = await t.deps.db
      .selectFrom('incident_event')
      .select('note_enc')
      .where('incident_id', '=', report.id)
      .where('type', '=', 'district_set')
      .executeTakeFirstOrThrow();
    expect(stored.note_enc).not.toContain('Oude Stad');

    const cleared = await put(`${m.base}/incidents/${report.id}/district`, m.handler.headers, {
      code: null,
    });
    expect(cleared.json().district).toBeNull();
  });

  it('refuses a district for a report elsewhere, an unknown code, and another organisation’s handler', async () => {
    const m = await loaded();
    const office = await fileReport(t, m.org.id, m.handler.headers, { location: 'work_location' });
    const notPublic = await put(`${m.base}/incidents/${office.id}/district`, m.handler.headers, {
      code: `WK${m.gm}01`,
    });
    expect(notPublic.statusCode).toBe(409);
    const street = await fileReport(t, m.org.id, m.handler.headers, { location: 'public' });
    const unknown = await put(`${m.base}/incidents/${street.id}/district`, m.handler.headers, {
      code: `WK${m.gm}99`,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('body.code');
    const malformed = await put(`${m.base}/incidents/${street.id}/district`, m.handler.headers, {
      code: 'Binnenstad',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe('body.code');

    const stranger = await loaded();
    const theirs = await put(
      `${stranger.base}/incidents/${street.id}/district`,
      stranger.handler.headers,
      {
        code: `WK${stranger.gm}01`,
      },
    );
    expect(theirs.statusCode).toBe(404);
    const viaOwnPath = await put(
      `${m.base}/incidents/${street.id}/district`,
      stranger.handler.headers,
      {
        code: `WK${m.gm}01`,
      },
    );
    expect(viaOwnPath.statusCode).toBe(404);
  });

  it('counts reports per wijk and buurt next to the inhabitants; the CSV has the same numbers', async () => {
    const m = await loaded();
    for (const code of [`BU${m.gm}0201`, `BU${m.gm}0201`, `BU${m.gm}0202`, `WK${m.gm}03`, null]) {
      const r = await fileReport(t, m.org.id, m.handler.headers, { location: 'public' });
      if (code) await put(`${m.base}/incidents/${r.id}/district`, m.handler.headers, { code });
    }
    const res = await get(`${m.base}/insight/districts`, m.admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ loaded: true, publicPlace: 5, withoutDistrict: 1 });
    const wijk2 = view.wijken.find((w: { code: string }) => w.code === `WK${m.gm}02`);
    expect(wijk2.incidents).toBe(3);
    expect(wijk2.perThousand).toBeCloseTo((3 * 1000) / wijk2.inwoners, 2);
    const buurt = view.buurten.find((b: { code: string }) => b.code === `BU${m.gm}0201`);
    expect(buurt.incidents).toBe(2);
    expect(buurt.d).toMatch(/^M/);

    const csv = await get(`${m.base}/insight/districts.csv`, m.admin.headers);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + view.wijken.length + view.buurten.length);
    const wijkLine = lines.find((l) => l.startsWith(`wijk;WK${m.gm}02;`))!.split(';');
    expect(Number(wijkLine[3])).toBe(3);
    expect(Number(wijkLine[4])).toBe(wijk2.inwoners);
  });
});
