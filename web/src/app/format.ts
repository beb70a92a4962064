import { useTranslation } from 'react-i18next';

/**
 * Numbers, money, percentages and dates as people read them, through `Intl`: Dutch
 * ("€ 4.800,00", "5 december 2026") in the Dutch UI, British English in the English one.
 * Every user-facing date and time is shown in Europe/Amsterdam, whatever the device's zone.
 * Pages use `useFormat()`; the functions take the language for code outside React.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

/** What every formatter needs: the UI language ('nl', 'en'); anything else counts as Dutch. */
export function localeOf(language: string): 'nl-NL' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

// Intl formatters are costly to build and immutable: one per locale and option set.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const EMPTY = '–';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date ('2026-12-05') is a day, not a moment: read it at noon UTC and show it in
 * UTC, so it never shifts a day. A timestamp is a moment: shown in Amsterdam.
 */
function instantOf(value: string | Date): { date: Date; timeZone: string } | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : { date: value, timeZone: TIME_ZONE };
  const date = DATE_ONLY.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { date, timeZone: DATE_ONLY.test(value) ? 'UTC' : TIME_ZONE };
}

/** 4800 -> "4.800"; fractions as given (up to `maximumFractionDigits`, default 3). */
export function formatNumber(
  value: number | null | undefined,
  language: string,
  options: Intl.NumberFormatOptions = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  return numberFormat(localeOf(language), options).format(value);
}

/** Euros from cents: 480000 -> "€ 4.800,00" (a no-break space after the sign, as Intl writes it). */
export function formatMoney(cents: number | null | undefined, language: string): string {
  if (cents === null || cents === undefined) return EMPTY;
  return numberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** A share 0..1 as a percentage: 0.49 -> "49%"; one decimal below 10% (0.049 -> "4,9%"). */
export function formatPercent(share: number | null | undefined, language: string): string {
  if (share === null || share === undefined || Number.isNaN(share)) return EMPTY;
  const small = share > 0 && share < 0.1;
  return numberFormat(localeOf(language), {
    style: 'percent',
    maximumFractionDigits: small ? 1 : 0,
  }).format(share);
}

/** "5 december 2026" from '2026-12-05' or a timestamp (its day in Amsterdam). */
export function formatDate(value: string | Date | null | undefined, language: string): string {
  const instant = value ? instantOf(value) : null;
  if (!instant) return EMPTY;
  return dateFormat(localeOf(language), { dateStyle: 'long', timeZone: instant.timeZone }).format(
    instant.date,
  );
}

/** "5 december 2026 om 14:30": a moment, in Amsterdam time. */
export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  const instant = value ? instantOf(value) : null;
  if (!instant) return EMPTY;
  return dateFormat(localeOf(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(instant.date);
}

/** The formatters bound to the current UI language; re-renders when the language changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    number: (value: number | null | undefined, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, options),
    money: (cents: number | null | undefined) => formatMoney(cents, language),
    percent: (share: number | null | undefined) => formatPercent(share, language),
    date: (value: string | Date | null | undefined) => formatDate(value, language),
    dateTime: (value: string | Date | null | undefined) => formatDateTime(value, language),
  };
}
