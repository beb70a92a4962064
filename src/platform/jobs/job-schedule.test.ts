import { describe, expect, it } from 'vitest';
import { describeJobError } from './job-error';
import { pollBackoffMs, purgeCutoffs, RETRY_MAX_MS, retryDelayMs, slotStart } from './job-schedule';

const HOUR = 60 * 60 * 1000;

describe('slotStart', () => {
  it('puts every moment of an hour in the slot that starts on the hour', () => {
    const slot = new Date('2026-12-06T10:00:00.000Z');
    for (const t of ['10:00:00.000', '10:00:00.001', '10:31:12.500', '10:59:59.999']) {
      expect(slotStart(new Date(`2026-12-06T${t}Z`), HOUR)).toEqual(slot);
    }
    expect(slotStart(new Date('2026-12-06T11:00:00.000Z'), HOUR)).toEqual(
      new Date('2026-12-06T11:00:00.000Z'),
    );
  });

  it('aligns six-hourly slots to 00, 06, 12 and 18 UTC whatever the instance started', () => {
    expect(slotStart(new Date('2026-12-06T05:59:59Z'), 6 * HOUR).toISOString()).toBe(
      '2026-12-06T00:00:00.000Z',
    );
    expect(slotStart(new Date('2026-12-06T17:00:00Z'), 6 * HOUR).toISOString()).toBe(
      '2026-12-06T12:00:00.000Z',
    );
  });

  it('refuses an interval that is not a positive whole number of milliseconds', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => slotStart(new Date(), bad)).toThrow(RangeError);
    }
  });
});

describe('retryDelayMs', () => {
  it('doubles from 10 s and stops at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(30)).toBe(RETRY_MAX_MS);
  });
});

describe('pollBackoffMs', () => {
  // Readiness counts the runner alive only after a successful poll: after a minute-long
  // outage (a cluster restart), jobs and readiness must be back within seconds, not half a minute.
  it('doubles while the database is away, but polls again within 5 s however long the outage', () => {
    expect(pollBackoffMs(1_000, 1)).toBe(2_000);
    expect(pollBackoffMs(1_000, 2)).toBe(4_000);
    for (const failures of [3, 10, 60, 1_000]) {
      expect(pollBackoffMs(1_000, failures)).toBeLessThanOrEqual(5_000);
    }
  });
});

describe('purgeCutoffs', () => {
  it('keeps recurring runs a full longest interval past the history period', () => {
    const now = new Date('2026-12-31T12:00:00Z');
    const c = purgeCutoffs(now, 30, 6 * HOUR);
    expect(c.finishedBefore.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(c.slotBefore.toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });
});

describe('describeJobError', () => {
  it('keeps class, code and cause but no addresses or values', () => {
    const smtp = Object.assign(new Error("Can't send mail - recipient jan@example.nl rejected"), {
      code: 'EENVELOPE',
    });
    expect(describeJobError(smtp)).toBe(
      "Error EENVELOPE: Can't send mail - recipient [address] rejected",
    );
    const pg = Object.assign(new Error('Key (email)=(jan@example.nl) already exists'), {
      code: '23505',
    });
    expect(describeJobError(pg)).not.toContain('jan@');
    expect(describeJobError(new TypeError("no person 'Jan de Vries'"))).toBe(
      "TypeError: no person '[value]'",
    );
    expect(describeJobError('boom')).toBe('error');
  });
});
