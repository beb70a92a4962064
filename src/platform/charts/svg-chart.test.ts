import { describe, expect, it } from 'vitest';
import { layoutBarChart, layoutLineChart, percent } from './chart-layout';
import { escapeXml, renderSvg } from './svg-chart';

describe('SVG charts', () => {
  it('renders bars with a title, a description of every value and no unescaped text', () => {
    const chart = layoutBarChart(
      'Agressie naar functie',
      [
        { label: 'Raadslid', p: 0.48, ciLow: 0.45, ciHigh: 0.51 },
        { label: 'Burgemeester <klein>', p: null, ciLow: null, ciHigh: null },
      ],
      'te weinig respondenten',
    );
    const svg = renderSvg(chart, 'c1');
    expect(svg).toMatch(/^<svg[^>]+role="img"[^>]+aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Agressie naar functie</title>');
    expect(svg).toContain('Raadslid: 48% (95%-betrouwbaarheidsinterval 45% tot 51%)');
    expect(svg).toContain('Burgemeester &lt;klein&gt;: te weinig respondenten');
    expect(svg).not.toContain('<klein>');
    expect(svg.match(/<rect /g)?.length).toBe(2); // background + one bar
  });

  it('breaks the line where waves are not comparable and says so', () => {
    const chart = layoutLineChart(
      'Agressie 2016-2024',
      [
        {
          name: 'Politieke ambtsdragers',
          points: [
            { year: 2016, p: 0.27, ciLow: 0.25, ciHigh: 0.29 },
            { year: 2018, p: 0.29, ciLow: 0.27, ciHigh: 0.31, breakBefore: true },
            { year: 2020, p: 0.35, ciLow: 0.33, ciHigh: 0.37 },
          ],
        },
      ],
      'niet vergelijkbaar',
    );
    const svg = renderSvg(chart, 'trend');
    expect(svg.match(/<polyline /g)?.length).toBe(1); // 2018-2020 only
    expect(svg).toContain('stroke-dasharray');
    expect(chart.description).toContain('niet vergelijkbaar tussen 2016 en 2018');
    expect(chart.description).toContain('2020: 35%');
  });

  it('writes Dutch percentages', () => {
    expect(percent(0.4949)).toBe('49%');
    expect(percent(0.053)).toBe('5,3%');
    expect(escapeXml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &apos;b&apos;');
  });
});
