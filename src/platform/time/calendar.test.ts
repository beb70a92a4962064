import { describe, expect, it } from 'vitest';
import { addDays, addMonths, amsterdamDate, daysBetween, isDate } from './calendar';

describe('calendar dates in Europe/Amsterdam', () => {
  it('takes the Amsterdam date, not the UTC one', () => {
    expect(amsterdamDate(new Date('2026-03-02T23:30:00Z'))).toBe('2026-03-03');
    expect(amsterdamDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months, ending on the last day when the day does not exist', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-05-15', -6)).toBe('2025-11-15');
  });

  it('counts days and recognises real dates', () => {
    expect(daysBetween('2026-11-28', '2026-12-05')).toBe(7);
    expect(daysBetween('2026-12-05', '2026-11-28')).toBe(-7);
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('28-02-2026')).toBe(false);
  });
});
