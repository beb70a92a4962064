/**
 * Calendar dates (YYYY-MM-DD) in Europe/Amsterdam. Legal terms run in calendar days
 * and months where the organisation is, not in UTC: a report made at 00:30 on
 * 3 March is a 3 March report.
 */

const TIME_ZONE = 'Europe/Amsterdam';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in Amsterdam at `instant`. */
export function amsterdamDate(instant: Date): string {
  return instant.toLocaleDateString('en-CA', { timeZone: TIME_ZONE });
}

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target
 * month becomes that month's last day (30 November + 3 months = 28/29 February).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return format(ty, tm, Math.min(d, last));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** True for a real calendar date in YYYY-MM-DD form. */
export function isDate(value: string): boolean {
  // Date.UTC rolls 2026-02-30 over to 2026-03-02: a date that survives is real.
  return DATE.test(value) && addDays(value, 0) === value;
}
