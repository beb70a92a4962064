import { layoutBarChart, layoutCountBarChart } from '../../platform/charts/chart-layout';
import { renderSvg } from '../../platform/charts/svg-chart';
import type { CsvValue } from '../../platform/files/csv';
import {
  type BreakdownDimension,
  type BreakdownRow,
  CHANNELS,
  type HandlingRow,
  INCIDENT_KINDS,
  INCIDENT_LABELS_NL,
  type KindRow,
  LOCATIONS,
  TARGET_GROUPS,
} from '../incidents';
import type { ClockCountsRow } from '../integrity';
import type { PeriodRange } from './dashboard-periods';
import type { Dashboard, DashboardTable, TableId } from './insight.schemas';

type Row = DashboardTable['rows'][number];

export const TARGET_GROUP_LABELS: Record<(typeof TARGET_GROUPS)[number], string> = {
  office_holder: 'Politiek ambtsdrager',
  employee: 'Medewerker',
  relative: 'Naaste (familielid, partner)',
  other: 'Anders',
};

const TOTAL = 'Totaal';
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export interface DashboardRows {
  range: PeriodRange;
  kind: Dashboard['kind'];
  firstContactWorkingDays: number;
  breakdown: BreakdownRow[];
  kinds: KindRow[];
  handling: HandlingRow[];
  clocks: ClockCountsRow[];
}

/** Values per period plus the whole selection, from rows keyed by period start. */
function perPeriod<R extends { period: string | null }>(
  range: PeriodRange,
  rows: R[],
  value: (row: R | undefined) => number | null,
): (number | null)[] {
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  return [...range.periods.map((p) => value(byPeriod.get(p.start))), value(byPeriod.get(null))];
}

/** Counts per category and period (and in total) for one dimension. */
function countTable<K extends string>(
  range: PeriodRange,
  keys: readonly K[],
  label: (key: K) => string,
  rows: { period: string; key: string; n: number }[],
): Row[] {
  return keys.map((key) => {
    const values = range.periods.map((p) =>
      rows.filter((r) => r.key === key && r.period === p.start).reduce((s, r) => s + r.n, 0),
    );
    return {
      key,
      label: label(key),
      unit: 'count' as const,
      values: [...values, values.reduce((s, v) => s + v, 0)],
    };
  });
}

function table(
  id: TableId,
  title: string,
  range: PeriodRange,
  rows: Row[],
  chart: DashboardTable['chart'],
): DashboardTable {
  return { id, title, columns: [...range.periods.map((p) => p.label), TOTAL], rows, chart };
}

const countChart = (id: TableId, title: string, bars: { label: string; value: number }[]) => ({
  title,
  svg: renderSvg(layoutCountBarChart(title, bars), `chart-${id}`),
});

/** Totals per row of a count table, as chart bars. */
const totalsOf = (rows: Row[]) =>
  rows.map((r) => ({ label: r.label, value: r.values[r.values.length - 1] ?? 0 }));

/** The dashboard: the summary, and per subject a table with its chart (same numbers). */
export function presentDashboard(d: DashboardRows): Dashboard {
  const { range } = d;
  const suffix = d.kind ? ` (${INCIDENT_LABELS_NL[d.kind]?.toLowerCase()})` : '';
  const periodName = { month: 'maand', quarter: 'kwartaal', year: 'jaar' }[range.granularity];
  const tables: DashboardTable[] = [];

  const total = perPeriod(range, d.handling, (r) => r?.n ?? 0);
  const overTimeTitle = `Meldingen per ${periodName}${suffix}`;
  tables.push(
    table(
      'over-time',
      overTimeTitle,
      range,
      [{ key: 'incidents', label: 'Meldingen', unit: 'count', values: total }],
      countChart(
        'over-time',
        overTimeTitle,
        range.periods.map((p, i) => ({ label: p.label, value: total[i] ?? 0 })),
      ),
    ),
  );

  const dimensions: [TableId & ('kind' | BreakdownDimension), string, readonly string[]][] = [
    ['kind', 'Meldingen naar soort', INCIDENT_KINDS],
    ['channel', 'Meldingen naar kanaal', CHANNELS],
    ['target', 'Meldingen naar wie het trof', TARGET_GROUPS],
    ['location', 'Meldingen naar plaats', LOCATIONS],
  ];
  for (const [id, title, keys] of dimensions) {
    const source =
      id === 'kind'
        ? d.kinds.map((r) => ({ period: r.period, key: r.kind, n: r.n }))
        : d.breakdown.filter((r) => r.dimension === id);
    const rows = countTable(
      range,
      keys,
      (k) =>
        id === 'target'
          ? TARGET_GROUP_LABELS[k as keyof typeof TARGET_GROUP_LABELS]
          : (INCIDENT_LABELS_NL[k] ?? k),
      source,
    );
    tables.push(
      table(
        id,
        `${title}${suffix}`,
        range,
        rows,
        countChart(id, `${title}${suffix}`, totalsOf(rows)),
      ),
    );
  }

  const h = (f: (r: HandlingRow) => number | null) =>
    perPeriod(range, d.handling, (r) => (r ? f(r) : null));
  const days = d.firstContactWorkingDays;
  const handlingRows: Row[] = [
    { key: 'incidents', label: 'Meldingen', unit: 'count', values: total },
    {
      key: 'contacted',
      label: 'Eerste contact gelegd',
      unit: 'count',
      values: h((r) => r.contacted).map((v) => v ?? 0),
    },
    {
      key: 'median_hours',
      label: 'Mediaan tijd tot eerste contact (uren)',
      unit: 'hours',
      values: h((r) => round1(r.medianHours)),
    },
    {
      key: 'contact_in_time',
      label: `Eerste contact binnen de termijn (${days} werkdagen)`,
      unit: 'percent',
      values: h((r) => ratio(r.contactedInTime, r.contacted)),
    },
    {
      key: 'police_report',
      label: 'Aangifte gedaan',
      unit: 'percent',
      values: h((r) => ratio(r.policeReport, r.n)),
    },
    {
      key: 'aftercare_completed',
      label: 'Nazorg afgerond (van meldingen met nazorg)',
      unit: 'percent',
      values: h((r) => ratio(r.aftercareCompleted, r.aftercarePlanned)),
    },
    { key: 'open', label: 'Nog open', unit: 'count', values: h((r) => r.open).map((v) => v ?? 0) },
    {
      key: 'overdue',
      label: 'Over de termijn (eerste contact of nazorg)',
      unit: 'count',
      values: h((r) => r.overdue).map((v) => v ?? 0),
    },
  ];
  const handlingTitle = `Afhandeling${suffix}`;
  const shares = handlingRows.filter((r) => r.unit === 'percent');
  tables.push(
    table('handling', handlingTitle, range, handlingRows, {
      title: handlingTitle,
      svg: renderSvg(
        layoutBarChart(
          handlingTitle,
          shares.map((r) => {
            const p = r.values[r.values.length - 1] ?? null;
            return { label: r.label, p, ciLow: null, ciHigh: null };
          }),
          'nog geen cijfer',
        ),
        'chart-handling',
      ),
    }),
  );

  const c = (f: (r: ClockCountsRow) => number) => perPeriod(range, d.clocks, (r) => (r ? f(r) : 0));
  const clockRows: Row[] = [
    {
      key: 'received',
      label: 'Integriteitsmeldingen ontvangen',
      unit: 'count',
      values: c((r) => r.received),
    },
    {
      key: 'ack_in_time',
      label: 'Ontvangst bevestigd binnen 7 dagen',
      unit: 'count',
      values: c((r) => r.acknowledgedInTime),
    },
    {
      key: 'ack_late',
      label: 'Ontvangst te laat bevestigd',
      unit: 'count',
      values: c((r) => r.acknowledgedLate),
    },
    {
      key: 'ack_overdue',
      label: 'Ontvangstbevestiging over de termijn',
      unit: 'count',
      values: c((r) => r.acknowledgementOverdue),
    },
    {
      key: 'feedback_in_time',
      label: 'Terugkoppeling binnen 3 maanden',
      unit: 'count',
      values: c((r) => r.feedbackInTime),
    },
    {
      key: 'feedback_late',
      label: 'Terugkoppeling te laat',
      unit: 'count',
      values: c((r) => r.feedbackLate),
    },
    {
      key: 'feedback_overdue',
      label: 'Terugkoppeling over de termijn',
      unit: 'count',
      values: c((r) => r.feedbackOverdue),
    },
  ];
  const clockTitle = 'Wettelijke termijnen van integriteitsmeldingen';
  tables.push(
    table(
      'integrity',
      clockTitle,
      range,
      clockRows,
      countChart('integrity', clockTitle, totalsOf(clockRows.slice(1))),
    ),
  );

  const all = d.handling.find((r) => r.period === null);
  const clocks = d.clocks.find((r) => r.period === null);
  return {
    granularity: range.granularity,
    from: range.from,
    to: range.to,
    kind: d.kind,
    periods: range.periods.map((p) => p.label),
    firstContactWorkingDays: days,
    summary: {
      incidents: all?.n ?? 0,
      medianHoursToFirstContact: round1(all?.medianHours ?? null),
      shareFirstContactInTime: all ? ratio(all.contactedInTime, all.contacted) : null,
      sharePoliceReport: all ? ratio(all.policeReport, all.n) : null,
      shareAftercareCompleted: all ? ratio(all.aftercareCompleted, all.aftercarePlanned) : null,
      open: all?.open ?? 0,
      overdue: all?.overdue ?? 0,
      integrityReceived: clocks?.received ?? 0,
      integrityClocksBreached: clocks
        ? clocks.acknowledgedLate +
          clocks.acknowledgementOverdue +
          clocks.feedbackLate +
          clocks.feedbackOverdue
        : 0,
    },
    tables,
  };
}

/** One cell as the CSV writes it (and the page shows it): Dutch decimals, percentages. */
export function formatCell(value: number | null, unit: Row['unit']): string {
  if (value === null) return '';
  if (unit === 'percent') return `${(Math.round(value * 1000) / 10).toString().replace('.', ',')}%`;
  return value.toString().replace('.', ',');
}

/** The tables as CSV rows: table, row, one column per period, total. */
export function dashboardCsvRows(dashboard: Dashboard, only?: TableId): CsvValue[][] {
  const tables = dashboard.tables.filter((t) => !only || t.id === only);
  const header = ['Tabel', 'Onderwerp', ...dashboard.periods, TOTAL];
  return [
    header,
    ...tables.flatMap((t) =>
      t.rows.map((r) => [t.title, r.label, ...r.values.map((v) => formatCell(v, r.unit))]),
    ),
  ];
}
