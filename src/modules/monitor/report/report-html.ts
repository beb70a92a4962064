import { escapeXml as esc } from '../../../platform/charts/svg-chart';
import { trendCharts, waveCharts } from '../results/wave-results';
import type { ReportContent } from './report-model';
import {
  breakdownTable,
  keyFigureTable,
  type ReportTable,
  responseTable,
  trendTable,
} from './report-tables';

const STYLE = `
body{font-family:'Fira Sans',Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5;margin:0;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.8rem;margin:.5rem 0}h2{font-size:1.4rem;margin-top:2rem;border-bottom:2px solid #154273}h3{font-size:1.15rem}
table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.95rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #8c8c8c;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{background:#e6ecf2}
.synthetisch{border:3px solid #a64b00;background:#fff4e5;padding:.75rem;font-weight:bold}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:#4d4d4d}
.table-scroll{overflow-x:auto}
@media print{.table-scroll{overflow:visible}}
`;

function table(t: ReportTable): string {
  return (
    '<div class="table-scroll"><table>' +
    `<caption>${esc(t.caption)}</caption>` +
    `<thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${t.rows
      .map(
        (r) =>
          `<tr><th scope="row">${esc(r[0]!)}</th>${r
            .slice(1)
            .map((c) => `<td>${esc(c)}</td>`)
            .join('')}</tr>`,
      )
      .join('')}</tbody>` +
    '</table></div>'
  );
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)} De cijfers staan ook in de tabel hieronder.</figcaption></figure>`;
}

/** The report as one self-contained, accessible HTML document (Dutch). */
export function renderReportHtml(content: ReportContent): string {
  const charts = waveCharts(content.estimates, content.year);
  const trend = trendCharts(content.trend);
  const parts: string[] = [];
  parts.push(`<h1>${esc(content.title)}: ${esc(content.populationLabel.toLowerCase())}</h1>`);
  if (content.synthetic) {
    parts.push(
      '<p class="synthetisch" role="note">Synthetisch: dit rapport is gemaakt met verzonnen gegevens voor demonstratie. Trek er geen conclusies uit.</p>',
    );
  }
  parts.push(
    `<p>Gepubliceerd op ${esc(content.publishedOn)}. Alle percentages zijn gewogen naar de populatie.</p>`,
  );
  parts.push('<h2>Kerncijfers</h2>', table(keyFigureTable(content)));
  const overview = charts.find((c) => c.indicator === null);
  if (overview) parts.push(figure(overview.svg, overview.title));

  parts.push('<h2>Resultaten per indicator</h2>');
  for (const ind of content.estimates.indicators) {
    parts.push(
      `<h3>${esc(ind.name)}</h3>`,
      `<p>${esc(ind.description)} Basis: ${esc(ind.baseLabel.toLowerCase())}.</p>`,
    );
    if (ind.comparabilityNote) parts.push(`<p><em>${esc(ind.comparabilityNote)}</em></p>`);
    for (const b of ind.breakdowns) {
      const chart = charts.find((c) => c.indicator === ind.key && c.dimension === b.dimension);
      if (chart) parts.push(figure(chart.svg, chart.title));
      parts.push(table(breakdownTable(ind, b, content.year)));
    }
  }

  parts.push('<h2>Ontwikkeling door de jaren</h2>', table(trendTable(content.trend)));
  for (const c of trend) parts.push(figure(c.svg, c.title));

  parts.push('<h2>Verantwoording</h2>');
  for (const s of content.methodology) {
    parts.push(`<h3>${esc(s.heading)}</h3>`, ...s.paragraphs.map((p) => `<p>${esc(p)}</p>`));
  }
  parts.push(table(responseTable(content)));

  const title = `${content.title}${content.synthetic ? ' (synthetisch)' : ''}`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${parts.join('\n')}</main></body></html>`;
}
