import { describe, expect, it } from 'vitest';
import { syntheticWaveData } from '../demo/synthetic-wave-data';
import { generateSyntheticWave } from '../demo/synthetic-waves';
import { estimateWave } from '../results/estimate-wave';
import { buildTrends } from '../results/trends';
import { waveResults } from '../results/wave-results';
import { renderReportHtml } from './report-html';
import { buildReport } from './report-model';
import { renderReportPdf } from './report-pdf';

function report() {
  const waves = [
    [2016, 0.27],
    [2018, 0.29],
    [2020, 0.35],
    [2022, 0.49],
  ].map(([year, target]) =>
    syntheticWaveData(generateSyntheticWave('office_holders', year!, target!, 1200)),
  );
  const trend = buildTrends(
    'office_holders',
    waves.map((w) => ({
      waveId: w.wave.id,
      year: w.wave.year,
      synthetic: true,
      estimates: estimateWave(w),
    })),
  );
  return buildReport(waveResults(waves[3]!), trend, '2026-11-28');
}

describe('the report', () => {
  const content = report();

  it('names key figures with their change, marked significant', () => {
    const agressie = content.keyFigures.find((k) => k.key === 'agressie')!;
    expect(agressie.cell.suppressed).toBe(false);
    expect(agressie.change).toMatchObject({
      status: 'compared',
      fromYear: 2020,
      significant: true,
    });
  });

  it('writes the methodology from the data: population, response, weighting, CI method, suppression, synthetic', () => {
    const headings = content.methodology.map((m) => m.heading);
    expect(headings).toEqual([
      'Synthetische gegevens',
      'Populatie en steekproefkader',
      'Respons',
      'Weging',
      'Betrouwbaarheidsintervallen en toetsing',
      'Onderdrukking van kleine aantallen',
      'Vergelijkbaarheid',
    ]);
    const text = content.methodology.flatMap((m) => m.paragraphs).join(' ');
    expect(text).toMatch(/11\.554 personen/);
    expect(text).toMatch(/poststratificatie/);
    expect(text).toMatch(/logit/);
    expect(text).toMatch(/minder dan 30 respondenten/);
    expect(text).toMatch(/zuivere vergelijking met 2016 niet mogelijk/);
  });

  it('renders HTML with the synthetic banner, captioned tables, charts and "niet vergelijkbaar"', () => {
    const html = renderReportHtml(content);
    expect(html).toMatch(/^<!doctype html><html lang="nl">/);
    expect(html).toContain('class="synthetisch"');
    expect(html).toContain('<caption>Kerncijfers 2022');
    expect(html).toMatch(/<svg[^>]+role="img"/);
    expect(html).toContain('niet vergelijkbaar');
    expect(html).toContain('(significant, p &lt; 0,001)');
    expect(html).toContain('te weinig respondenten'); // King's Commissioners
  });

  it('renders a tagged PDF with language, title, headings, tables and figures with alt text', async () => {
    const pdf = await renderReportPdf(content);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toContain('/StructTreeRoot');
    expect(text).toContain('/MarkInfo');
    expect(text).toMatch(/\/Lang \(nl-NL\)/);
    expect(text).toContain('/DisplayDocTitle true');
    for (const tag of ['/H1', '/H2', '/Table', '/TH', '/TD', '/Figure'])
      expect(text).toContain(`/S ${tag}`);
    expect(text).toMatch(/\/Alt \(/);
  });
});
