import { describe, expect, it } from 'vitest';
import {
  dayOf,
  EMPTY_REPORT,
  type ReportFormState,
  reportErrorKeys,
  toReportInput,
  withEmail,
} from './report-form';

const FILLED: ReportFormState = {
  ...EMPTY_REPORT,
  reporterGroup: 'civil_servant',
  kinds: ['threat'],
  narrative: 'Hij zei dat hij mij zou opwachten.',
  occurredOn: '2026-03-02',
  location: 'work_location',
  channel: 'phone',
  perpetratorKnown: 'no',
};

describe('report form', () => {
  it('names every missing required field, and nothing when all is filled in', () => {
    expect(Object.keys(reportErrorKeys(EMPTY_REPORT, '2026-03-03'))).toEqual([
      'reporterGroup',
      'kinds',
      'narrative',
      'occurredOn',
      'location',
      'channel',
      'perpetratorKnown',
    ]);
    expect(reportErrorKeys(FILLED, '2026-03-03')).toEqual({});
  });

  it('refuses a story of only spaces and a day after today', () => {
    const errors = reportErrorKeys(
      { ...FILLED, narrative: '  ', occurredOn: '2026-03-04' },
      '2026-03-03',
    );
    expect(errors).toEqual({
      narrative: 'incidents.errors.narrative',
      occurredOn: 'incidents.errors.occurredOnFuture',
    });
  });

  it('takes the Dutch calendar day of a moment', () => {
    expect(dayOf('2026-03-02T23:30:00Z')).toBe('2026-03-03');
    expect(dayOf(null)).toBe('');
  });

  it('pre-fills from an e-mail without overwriting what the person wrote', () => {
    const fresh = withEmail(EMPTY_REPORT, 'Pas maar op.', '2026-03-02T08:00:00Z');
    expect(fresh).toMatchObject({
      channel: 'email',
      location: 'online',
      narrative: 'Pas maar op.',
      occurredOn: '2026-03-02',
    });
    const written = withEmail({ ...FILLED, channel: 'phone' }, 'Pas maar op.', null);
    expect(written).toMatchObject({
      channel: 'email',
      location: 'work_location',
      narrative: FILLED.narrative,
      occurredOn: FILLED.occurredOn,
    });
  });

  it('leaves empty optional text out and sends no details of hidden fields', () => {
    const input = toReportInput({
      ...FILLED,
      victimName: 'Mijn partner',
      witnessDetails: 'De buurman',
      perpetratorKnown: 'yes',
    });
    expect(input).toMatchObject({ perpetratorKnown: true, witnesses: false });
    expect(input.victimName).toBeUndefined();
    expect(input.witnessDetails).toBeUndefined();
    expect(input.contactPhone).toBeUndefined();
    const other = toReportInput({
      ...FILLED,
      target: 'relative',
      victimName: 'Mijn partner',
      witnesses: true,
      witnessDetails: 'De buurman',
    });
    expect(other).toMatchObject({ victimName: 'Mijn partner', witnessDetails: 'De buurman' });
  });
});
