import { describe, expect, it } from 'vitest';
import { declarationProblems, declaredThisYear, isCurrent } from './declaration-rules';

const TODAY = '2026-11-28';

describe('declaration rules', () => {
  it('refuses an end date before the start date, naming the field', () => {
    expect(
      declarationProblems(
        {
          kind: 'side_position',
          organisationName: 'X',
          role: 'Lid',
          paid: false,
          startOn: '2025-01-01',
          endOn: '2024-12-31',
        },
        5000,
        TODAY,
      ),
    ).toEqual([{ field: 'body.endOn', message: 'De einddatum ligt vóór de begindatum.' }]);
  });

  it('asks role and pay for side positions and a description for interests', () => {
    const fields = declarationProblems(
      { kind: 'side_position', organisationName: 'X', startOn: '2025-01-01' },
      5000,
      TODAY,
    ).map((p) => p.field);
    expect(fields).toEqual(['body.role', 'body.paid']);
    expect(
      declarationProblems(
        { kind: 'financial_interest', organisationName: 'X', startOn: '2025-01-01' },
        5000,
        TODAY,
      )[0]!.field,
    ).toBe('body.description');
  });

  it('takes gifts above the threshold only, without an end date, not in the future', () => {
    const gift = { kind: 'gift' as const, organisationName: 'Gever', startOn: '2026-11-01' };
    expect(declarationProblems({ ...gift, valueCents: 5001 }, 5000, TODAY)).toEqual([]);
    expect(declarationProblems({ ...gift, valueCents: 5000 }, 5000, TODAY)[0]!.message).toBe(
      'Geschenken tot en met € 50,00 hoeft u niet op te geven.',
    );
    expect(
      declarationProblems({ ...gift, valueCents: 9000, startOn: '2026-12-01' }, 5000, TODAY)[0]!
        .field,
    ).toBe('body.startOn');
  });

  it('knows what is current, and who declared this year', () => {
    expect(isCurrent({ kind: 'side_position', start_on: '2020-01-01', end_on: null }, TODAY)).toBe(
      true,
    );
    expect(
      isCurrent({ kind: 'side_position', start_on: '2020-01-01', end_on: '2025-12-31' }, TODAY),
    ).toBe(false);
    expect(isCurrent({ kind: 'gift', start_on: '2024-12-31', end_on: null }, TODAY)).toBe(false);
    expect(declaredThisYear('2026-01-05', TODAY)).toBe(true);
    expect(declaredThisYear('2025-12-31', TODAY)).toBe(false);
    expect(declaredThisYear(null, TODAY)).toBe(false);
  });
});
