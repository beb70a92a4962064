import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { loadMonitorDemo } from './load-monitor-demo';
import { PUBLISHED_PREVALENCE } from './synthetic-waves';

let t: TestApp;
let base: string;
let researcher: TestPerson;
let analyst: TestPerson;
let loadMs = 0;
let respondents = 0;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.deps.db, { type: 'rijk' });
  researcher = await buildPerson(t.deps.db, org.id, ['researcher']);
  analyst = await buildPerson(t.deps.db, org.id, ['national_analyst']);
  base = `/api/v1/orgs/${org.id}/monitor`;
  const started = performance.now();
  respondents = await loadMonitorDemo(t.deps, org.id);
  loadMs = performance.now() - started;
}, 120_000);
afterAll(async () => t?.close());

interface WaveJson {
  id: string;
  year: number;
  population: string;
  status: string;
  synthetic: boolean;
}

describe('the Monitor demo', () => {
  it('loads seven synthetic waves of a few thousand respondents each', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${base}/waves`,
      headers: researcher.headers,
    });
    const waves: WaveJson[] = res.json();
    expect(waves.map((w) => `${w.population}-${w.year}`).sort()).toEqual(
      PUBLISHED_PREVALENCE.map((p) => `${p.population}-${p.year}`).sort(),
    );
    expect(waves.every((w) => w.synthetic)).toBe(true);
    expect(respondents).toBeGreaterThan(7 * 2000);
    expect(respondents).toBeLessThan(7 * 3000);
    process.stdout.write(
      `monitor demo: ${respondents} respondents loaded and published in ${Math.round(loadMs)} ms\n`,
    );
  });

  it('reproduces every published figure within its 95% interval, from the database', async () => {
    const waves: WaveJson[] = (
      await t.app.inject({ method: 'GET', url: `${base}/waves`, headers: researcher.headers })
    ).json();
    let largest = 0;
    for (const p of PUBLISHED_PREVALENCE) {
      const wave = waves.find((w) => w.year === p.year && w.population === p.population)!;
      const res = await t.app.inject({
        method: 'GET',
        url: `${base}/waves/${wave.id}/results`,
        headers: researcher.headers,
      });
      const overall = res
        .json()
        .estimates.indicators.find((i: { key: string }) => i.key === 'agressie').overall;
      expect(overall.ciLow).toBeLessThan(p.target);
      expect(overall.ciHigh).toBeGreaterThan(p.target);
      largest = Math.max(largest, Math.abs(overall.p - p.target));
    }
    expect(largest).toBeLessThan(0.001);
  });

  it('shows the trend: 2020 -> 2022 significant, 2016 -> 2018 not comparable', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${base}/trends?population=office_holders`,
      headers: researcher.headers,
    });
    expect(res.statusCode).toBe(200);
    const agressie = res.json().indicators.find((i: { key: string }) => i.key === 'agressie');
    const step = (to: number) => agressie.steps.find((s: { toYear: number }) => s.toYear === to);
    expect(step(2018)).toMatchObject({ status: 'not_comparable' });
    expect(step(2022)).toMatchObject({ status: 'compared', significant: true });
    expect(step(2022).difference).toBeCloseTo(0.14, 2);
    expect(res.json().charts[0].svg).toContain('niet vergelijkbaar');
  });

  it('publishes reports as HTML and tagged PDF, marked synthetic, readable by the national analyst', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: `${base}/reports`,
      headers: analyst.headers,
    });
    expect(list.statusCode).toBe(200);
    const reports = list.json();
    expect(reports).toHaveLength(6); // civil servants 2024 is left for the researcher to publish
    const r2022 = reports.find(
      (r: { year: number; population: string }) =>
        r.year === 2022 && r.population === 'office_holders',
    );
    const html = await t.app.inject({
      method: 'GET',
      url: `${base}/reports/${r2022.id}/rapport.html`,
      headers: analyst.headers,
    });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Synthetisch');
    expect(html.body).toContain('Verantwoording');
    const pdf = await t.app.inject({
      method: 'GET',
      url: `${base}/reports/${r2022.id}/rapport.pdf`,
      headers: analyst.headers,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain('/StructTreeRoot');
  });

  it('makes a published report public: a visitor without a login reads it, an unpublished wave stays out of reach', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/public/monitor/reports' });
    expect(list.statusCode).toBe(200);
    const reports = list.json();
    expect(reports).toHaveLength(6);
    expect(reports.every((r: { organisationName: string }) => r.organisationName.length > 0)).toBe(
      true,
    );
    const r2022 = reports.find(
      (r: { year: number; population: string }) =>
        r.year === 2022 && r.population === 'office_holders',
    );
    const html = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/monitor/reports/${r2022.id}/rapport.html`,
    });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Verantwoording');
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/monitor/reports/${r2022.id}/rapport.pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const data = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/monitor/reports/${r2022.id}`,
    });
    expect(data.json().publication.id).toBe(r2022.id);
    // The wave that is not published has no public report; its id is no key either.
    const waves: WaveJson[] = (
      await t.app.inject({ method: 'GET', url: `${base}/waves`, headers: researcher.headers })
    ).json();
    const unpublished = waves.find((w) => w.population === 'civil_servants' && w.year === 2024)!;
    for (const id of [unpublished.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/monitor/reports/${id}/rapport.html`,
      });
      expect(res.statusCode).toBe(404);
    }
  });

  it('lets the researcher publish the remaining wave; the analyst sees it only then', async () => {
    const waves: WaveJson[] = (
      await t.app.inject({ method: 'GET', url: `${base}/waves`, headers: researcher.headers })
    ).json();
    const cs2024 = waves.find((w) => w.population === 'civil_servants' && w.year === 2024)!;
    expect(cs2024.status).toBe('closed');
    const hidden = await t.app.inject({
      method: 'GET',
      url: `${base}/waves/${cs2024.id}/results`,
      headers: analyst.headers,
    });
    expect(hidden.statusCode).toBe(404);
    const published = await t.app.inject({
      method: 'POST',
      url: `${base}/waves/${cs2024.id}/publish`,
      headers: researcher.headers,
    });
    expect(published.statusCode).toBe(201);
    const seen = await t.app.inject({
      method: 'GET',
      url: `${base}/waves/${cs2024.id}/results`,
      headers: analyst.headers,
    });
    expect(seen.statusCode).toBe(200);
    const report = await t.app.inject({
      method: 'GET',
      url: `${base}/reports/${published.json().id}`,
      headers: analyst.headers,
    });
    const change = report
      .json()
      .content.keyFigures.find((k: { key: string }) => k.key === 'agressie').change;
    expect(change).toMatchObject({ status: 'compared', fromYear: 2022 });
  });
});
