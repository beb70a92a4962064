import { addDays, weekdayOf } from './calendar';

/**
 * Working days in the Netherlands, over calendar dates in Europe/Amsterdam (see
 * `calendar.ts`), so a deadline does not shift with the server's time zone.
 *
 * Working days skip weekends and the public holidays Dutch government employers give
 * off: New Year's Day, Good Friday, Easter Monday, King's Day, Liberation Day (every
 * year, as the CAO Gemeenten and the Rijk grant it), Ascension Day, Whit Monday and
 * both Christmas days.
 */

/** Easter Sunday (Gregorian), by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Set<string>>();

/** Public holidays of one year on which Dutch government offices are closed. */
export function dutchHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  // King's Day moves to the 26th when the 27th is a Sunday.
  const kingsDay = weekdayOf(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  const set = new Set([
    `${year}-01-01`,
    addDays(easter, -2),
    addDays(easter, 1),
    kingsDay,
    `${year}-05-05`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  holidayCache.set(year, set);
  return set;
}

export function isWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return false;
  return !dutchHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * The date `n` working days after `date` (the day itself does not count, so a report
 * received on Friday with n = 1 is due on Monday).
 */
export function addWorkingDays(date: string, n: number): string {
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** `date` itself when it is a working day, else the next working day. */
export function nextWorkingDayOnOrAfter(date: string): string {
  let current = date;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}
