import { amsterdamToInstant } from '../../../platform/time';

/**
 * Dates as mail programs write them above an inline forward. RFC 5322 dates (with a
 * zone) parse as such; the human forms below have no zone and are read as Dutch time,
 * which is where the people forwarding them work:
 *   Gmail        "Tue, Nov 24, 2026 at 9:14 PM", "di 24 nov 2026 om 21:14"
 *   Outlook      "Tuesday, November 24, 2026 9:14 PM", "dinsdag 24 november 2026 21:14"
 *   numeric      "24-11-2026 21:14", "24/11/2026 21:14"
 * Anything else gives null: the person fills in the date.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  mar: 3,
  maart: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function time(text: string): { h: number; mi: number } {
  const m = /(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?/i.exec(text);
  if (!m) return { h: 0, mi: 0 };
  let h = Number(m[1]);
  const pm = m[3]?.toLowerCase().startsWith('p');
  if (m[3] && h === 12) h = pm ? 12 : 0;
  else if (pm) h += 12;
  return { h, mi: Number(m[2]) };
}

function valid(y: number, mo: number, d: number, h: number, mi: number): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60;
}

export function parseForwardedDate(value: string): Date | null {
  const text = value.trim();
  if (/([+-]\d{4}|\b(GMT|UTC)\b|Z)\s*(\([^)]*\))?$/i.test(text)) {
    const t = Date.parse(text.replace(/\s*\([^)]*\)$/, ''));
    if (!Number.isNaN(t)) return new Date(t);
  }
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  const dayMonth = /(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})/i.exec(text);
  const monthDay = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(text);
  const numeric = /(\d{1,2})[-/](\d{1,2})[-/](\d{4})/.exec(text);
  if (dayMonth && MONTHS[dayMonth[2]!.toLowerCase()]) {
    [d, mo, y] = [Number(dayMonth[1]), MONTHS[dayMonth[2]!.toLowerCase()], Number(dayMonth[3])];
  } else if (monthDay && MONTHS[monthDay[1]!.toLowerCase()]) {
    [mo, d, y] = [MONTHS[monthDay[1]!.toLowerCase()], Number(monthDay[2]), Number(monthDay[3])];
  } else if (numeric) {
    [d, mo, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  }
  if (y === undefined || mo === undefined || d === undefined) return null;
  const rest = text.slice(text.indexOf(String(y)) + 4);
  const { h, mi } = time(rest);
  if (!valid(y, mo, d, h, mi)) return null;
  return amsterdamToInstant(y, mo, d, h, mi);
}
