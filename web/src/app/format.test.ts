import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  localeOf,
} from './format';

// Intl writes a no-break space between the euro sign and the amount, so they never part.
const NBSP = '\u00a0';

describe('money', () => {
  it('is Dutch in the Dutch UI: € 4.800,00', () => {
    expect(formatMoney(480_000, 'nl')).toBe(`€${NBSP}4.800,00`);
    expect(formatMoney(5, 'nl')).toBe(`€${NBSP}0,05`);
    expect(formatMoney(-1_234_567, 'nl')).toBe(`€${NBSP}-12.345,67`);
  });

  it('is British in the English UI: €4,800.00', () => {
    expect(formatMoney(480_000, 'en')).toBe('€4,800.00');
  });

  it('shows a dash for no amount', () => {
    expect(formatMoney(null, 'nl')).toBe('–');
  });
});

describe('dates', () => {
  it('reads a calendar date as the same day everywhere: 5 december 2026', () => {
    expect(formatDate('2026-12-05', 'nl')).toBe('5 december 2026');
    expect(formatDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatDate('2026-12-05', 'en')).toBe('5 December 2026');
  });

  it('shows a timestamp on its day in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Amsterdam.
    expect(formatDate('2026-12-04T23:30:00Z', 'nl')).toBe('5 december 2026');
    expect(formatDateTime('2026-12-04T23:30:00Z', 'nl')).toBe('5 december 2026 om 00:30');
    // Summer time: UTC+2.
    expect(formatDateTime('2026-07-01T10:15:00Z', 'nl')).toBe('1 juli 2026 om 12:15');
    expect(formatDateTime('2026-07-01T10:15:00Z', 'en')).toBe('1 July 2026 at 12:15');
  });

  it('shows a dash for no date or an unreadable one', () => {
    expect(formatDate(null, 'nl')).toBe('–');
    expect(formatDate('gisteren', 'nl')).toBe('–');
  });
});

describe('numbers and percentages', () => {
  it('groups thousands with a dot and decimals with a comma in Dutch', () => {
    expect(formatNumber(4800, 'nl')).toBe('4.800');
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('rounds percentages, with one decimal below 10%', () => {
    expect(formatPercent(0.49, 'nl')).toBe('49%');
    expect(formatPercent(0.049, 'nl')).toBe('4,9%');
    expect(formatPercent(0, 'nl')).toBe('0%');
    expect(formatPercent(0.049, 'en')).toBe('4.9%');
    expect(formatPercent(null, 'nl')).toBe('–');
  });

  it('treats every language but English as Dutch', () => {
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf('nl')).toBe('nl-NL');
    expect(localeOf('fr')).toBe('nl-NL');
  });
});
