import { describe, expect, it } from 'vitest';
import { countAxisMax, layoutCountBarChart } from './chart-layout';
import { renderSvg } from './svg-chart';

describe('count bar charts', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(countAxisMax(0)).toBe(1);
    expect(countAxisMax(7)).toBe(10);
    expect(countAxisMax(13)).toBe(20);
    expect(countAxisMax(41)).toBe(50);
    expect(countAxisMax(500)).toBe(500);
  });

  it('draws one bar per non-zero value and says every value in words', () => {
    const chart = layoutCountBarChart('Meldingen per maand', [
      { label: '2026-01', value: 12 },
      { label: '2026-02', value: 0 },
      { label: '2026-03', value: 1234 },
    ]);
    const svg = renderSvg(chart, 'k');
    expect(svg).toContain('<title id="k-title">Meldingen per maand</title>');
    expect(svg).toContain('2026-01: 12; 2026-02: 0; 2026-03: 1.234');
    expect(svg.match(/<rect /g)?.length).toBe(3); // background + two bars
  });
});
