import { percent } from '../../../platform/charts/chart-layout';
import type { Breakdown, IndicatorEstimate } from '../results/estimate-wave';
import type { TrendTable } from '../results/trends';
import { describeCell, describeStep, type ReportContent } from './report-model';

/** A table as both renderers draw it: a caption, column headers, rows (first cell a row header). */
export interface ReportTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export function keyFigureTable(content: ReportContent): ReportTable {
  return {
    caption: `Kerncijfers ${content.year}: gewogen percentage met 95%-betrouwbaarheidsinterval`,
    head: ['Indicator', 'Percentage (95%-BI)', 'Basis', 'Verandering'],
    rows: content.keyFigures.map((k) => [
      k.name,
      describeCell(k.cell),
      k.baseLabel,
      describeStep(k.change),
    ]),
  };
}

export function breakdownTable(ind: IndicatorEstimate, b: Breakdown, year: number): ReportTable {
  return {
    caption: `${ind.name} naar ${b.label.toLowerCase()}, ${year}`,
    head: [b.label, 'Percentage', '95%-betrouwbaarheidsinterval', 'Respondenten'],
    rows: b.categories.map((c) =>
      c.cell.suppressed
        ? [c.label, 'te weinig respondenten', '—', '—']
        : [
            c.label,
            percent(c.cell.p),
            `${percent(c.cell.ciLow)} – ${percent(c.cell.ciHigh)}`,
            c.cell.n.toLocaleString('nl-NL'),
          ],
    ),
  };
}

/** Years as columns; per indicator a row of estimates and a row of changes. */
export function trendTable(trend: TrendTable): ReportTable {
  const rows: string[][] = [];
  for (const ind of trend.indicators) {
    rows.push([
      ind.name,
      ...ind.points.map((p) => (p.cell ? describeCell(p.cell) : 'niet gemeten')),
    ]);
    rows.push([
      `${ind.name}: verandering`,
      '—',
      ...ind.steps.map((s) => {
        if (s.status !== 'compared') return describeStep(s);
        const pts = `${s.difference > 0 ? '+' : ''}${(s.difference * 100).toFixed(1).replace('.', ',')} pp`;
        return s.significant
          ? `${pts} (significant, p ${s.pValue < 0.001 ? '< 0,001' : `= ${s.pValue.toFixed(3).replace('.', ',')}`})`
          : `${pts} (niet significant)`;
      }),
    ]);
  }
  return {
    caption:
      'Ontwikkeling per meting: gewogen percentage (95%-betrouwbaarheidsinterval) en verandering ten opzichte van de vorige meting',
    head: ['Indicator', ...trend.years.map(String)],
    rows,
  };
}

export function responseTable(content: ReportContent): ReportTable {
  return {
    caption: `Populatie en respons per stratum, ${content.year}`,
    head: ['Stratum', 'Populatie', 'Benaderd', 'Respondenten', 'Respons'],
    rows: content.response.strata.map((s) => [
      `${s.layer}, ${s.role.toLowerCase()}${s.sizeClass === 'alle' ? '' : `, ${s.sizeClass}`}`,
      s.population.toLocaleString('nl-NL'),
      s.approached === null ? 'onbekend' : s.approached.toLocaleString('nl-NL'),
      s.responses.toLocaleString('nl-NL'),
      s.rate === null ? '—' : percent(s.rate),
    ]),
  };
}
