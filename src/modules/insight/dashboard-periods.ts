import { invalidField } from '../../platform/errors/app-error';

export type Granularity = 'month' | 'quarter' | 'year';

export interface Period {
  /** First day (YYYY-MM-DD), as the database groups it. */
  start: string;
  /** "2026-03", "2026-K1" or "2026". */
  label: string;
}

export interface PeriodRange {
  granularity: Granularity;
  /** First month of the first period (YYYY-MM). */
  from: string;
  /** Last month of the last period (YYYY-MM). */
  to: string;
  periods: Period[];
  /** First day of the first period. */
  fromDate: string;
  /** First day after the last period. */
  untilDate: string;
}

/** At most this many periods in one view (ten years by month). */
export const MAX_PERIODS = 120;
/** Periods shown when no start is given. */
const DEFAULT_SPAN: Record<Granularity, number> = { month: 12, quarter: 8, year: 5 };
const MONTHS: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

const toIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const toMonth = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Snap a month index down to the start of its period. */
const periodStart = (index: number, g: Granularity) => index - ((index % 12) % MONTHS[g]);

function labelOf(index: number, g: Granularity): string {
  const year = Math.floor(index / 12);
  if (g === 'year') return String(year);
  if (g === 'quarter') return `${year}-K${Math.floor((index % 12) / 3) + 1}`;
  return toMonth(index);
}

/**
 * The periods of a dashboard view: whole months, quarters or years from the period holding
 * `from` to the period holding `to` (default: up to the current one, going back a year by
 * month, two years by quarter, five by year). Bad input names the query field.
 */
export function periodRange(
  granularity: Granularity,
  from: string | undefined,
  to: string | undefined,
  today: string,
): PeriodRange {
  const step = MONTHS[granularity];
  const last = periodStart(toIndex(to ?? today.slice(0, 7)), granularity);
  const first =
    from !== undefined
      ? periodStart(toIndex(from), granularity)
      : last - (DEFAULT_SPAN[granularity] - 1) * step;
  if (first > last) throw invalidField('querystring.from', 'Het begin ligt na het einde.');
  const count = (last - first) / step + 1;
  if (count > MAX_PERIODS) {
    throw invalidField(
      'querystring.from',
      `Kies een kortere periode of een grovere indeling (hoogstens ${MAX_PERIODS} perioden).`,
    );
  }
  const periods: Period[] = [];
  for (let i = first; i <= last; i += step) {
    periods.push({ start: `${toMonth(i)}-01`, label: labelOf(i, granularity) });
  }
  return {
    granularity,
    from: toMonth(first),
    to: toMonth(last + step - 1),
    periods,
    fromDate: `${toMonth(first)}-01`,
    untilDate: `${toMonth(last + step)}-01`,
  };
}
