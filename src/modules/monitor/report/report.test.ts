import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../../platform/charts/chart-layout';
import { createPdf, PDF_FONT } from '../../../platform/pdf/pdf-document';
import { NAMES, pdfFonts, pdfInfo, pdfText } from '../../../test/pdf-tools';
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

  it('prints Latin Extended names in headings, tables and charts, with title and language', async () => {
    const [first, ...rest] = content.estimates.indicators;
    const name = `Agressie tegen ${NAMES.join(', ')}`;
    const renamed = {
      ...content,
      estimates: { ...content.estimates, indicators: [{ ...first!, name }, ...rest] },
      keyFigures: content.keyFigures.map((k) => (k.key === first!.key ? { ...k, name } : k)),
    };
    const pdf = await renderReportPdf(renamed);
    const text = pdfText(pdf);
    expect(text.split('\n')).toContain(name); // the indicator's heading
    // ... and in the key-figure table and the bar chart, where the label wraps.
    for (const n of NAMES) expect(text.split(n).length - 1).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`${name} naar functie, 2022`); // a table caption
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Monitor 2022: decentrale politieke ambtsdragers (synthetisch)');
    expect(info.Tagged).toBe('yes');
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
  });

  it('keeps every bar label inside its column when set in the PDF font', async () => {
    const { doc, finish } = createPdf({ title: 'meting', lang: 'nl-NL', margin: 50 });
    const labels = [
      ...content.estimates.indicators.map((i) => i.name),
      ...content.estimates.indicators.flatMap((i) =>
        i.breakdowns.flatMap((b) => b.categories.map((c) => c.label)),
      ),
      `Łukasz Ćwikła en Şükrü Yılmaz (WWWWWWWWWW)`,
    ];
    const chart = layoutBarChart(
      'Alle labels',
      labels.map((label) => ({ label, p: 0.5, ciLow: 0.4, ciHigh: 0.6 })),
      'te weinig respondenten',
    );
    const texts = chart.shapes.filter((s) => s.kind === 'text' && s.anchor === 'end');
    expect(texts.length).toBeGreaterThanOrEqual(labels.length);
    for (const s of texts) {
      if (s.kind !== 'text') continue;
      const width = doc.font(PDF_FONT.regular).fontSize(s.size).widthOfString(s.text);
      expect(s.x - width, s.text).toBeGreaterThanOrEqual(0);
    }
    await finish();
  });
});
