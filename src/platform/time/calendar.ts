/**
 * Calendar dates (YYYY-MM-DD) and wall-clock times in Europe/Amsterdam. Users, legal
 * terms and deadlines live where the organisation is, not in UTC: a report made at
 * 00:30 on 3 March is a 3 March report, and its time reads 00:30, not 23:30.
 */

export const TIME_ZONE = 'Europe/Amsterdam';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam calendar date (YYYY-MM-DD) of an instant. */
export function amsterdamDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** The Amsterdam wall-clock time (HH:MM) of an instant. */
export function amsterdamTime(instant: Date): string {
  return timeFormat.format(instant);
}

/** The Amsterdam date of a stored timestamp, or '' when there is none (tables, exports). */
export function amsterdamDateOrEmpty(instant: Date | string | null | undefined): string {
  return instant ? amsterdamDate(new Date(instant)) : '';
}

/** The Amsterdam date of a stored timestamp, or null when there is none (presenters). */
export function amsterdamDateOrNull(instant: Date | string | null | undefined): string | null {
  return instant ? amsterdamDate(new Date(instant)) : null;
}

/** The UTC instant of a wall-clock time in Europe/Amsterdam (summer time included). */
export function amsterdamToInstant(y: number, mo: number, d: number, h: number, mi: number): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at that moment, read back through Intl.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const shown = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return new Date(guess - (shown - guess));
}

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The weekday of a calendar date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
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
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** True for a real calendar date in YYYY-MM-DD form. */
export function isDate(value: string): boolean {
  // Date.UTC rolls 2026-02-30 over to 2026-03-02: a date that survives is real.
  return DATE.test(value) && addDays(value, 0) === value;
}

/** The instant `days` × 24 hours after `instant` (expiry times, not calendar dates). */
export function daysAfter(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}
