import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamTime } from './calendar';
import { addWorkingDays, dutchHolidays, easterSunday, isWorkingDay } from './working-days';

describe('working days in the Netherlands', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });

  it('knows the public holidays of 2026', () => {
    expect([...dutchHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves King’s Day to Saturday the 26th when the 27th is a Sunday', () => {
    expect(dutchHolidays(2025).has('2025-04-26')).toBe(true);
  });

  it('skips weekends: Friday + 1 working day is Monday', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-27', 2)).toBe('2026-12-01');
  });

  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('skips the Easter weekend', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('always lands on a working day, strictly later, n working days on', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10);
          const due = addWorkingDays(start, n);
          expect(isWorkingDay(due)).toBe(true);
          expect(due > start).toBe(true);
        },
      ),
    );
  });

  it('reads dates and times in Amsterdam, not UTC', () => {
    // 23:30 UTC on 31 Dec is already New Year in Amsterdam (UTC+1).
    expect(amsterdamDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(amsterdamTime(new Date('2026-07-01T12:00:00Z'))).toBe('14:00');
  });
});
