import type { FieldError } from '../../../platform/errors/app-error';
import { addDays } from '../../../platform/time';
import type { DeclarationKind } from '../integrity.vocabulary';

/** A start date further ahead than this is a typing error, not a planned position. */
export const MAX_DAYS_AHEAD = 366;

export interface DeclarationInput {
  kind: DeclarationKind;
  organisationName: string;
  role?: string | null;
  paid?: boolean | null;
  description?: string | null;
  valueCents?: number | null;
  startOn: string;
  endOn?: string | null;
}

/** "€ 50,00": Dutch notation, without locale data (the same on every server). */
const euros = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/**
 * The rules a declaration must meet, as field errors (empty when it is fine). Pure:
 * the threshold for gifts and today's date come in as arguments.
 */
export function declarationProblems(
  input: DeclarationInput,
  giftThresholdCents: number,
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  if (input.endOn && input.endOn < input.startOn) {
    problems.push({ field: 'body.endOn', message: 'De einddatum ligt vóór de begindatum.' });
  }
  if (input.startOn > addDays(today, MAX_DAYS_AHEAD)) {
    problems.push({
      field: 'body.startOn',
      message: 'De begindatum ligt meer dan een jaar in de toekomst.',
    });
  }
  if (input.kind === 'side_position') {
    if (!input.role) problems.push({ field: 'body.role', message: 'Vul uw functie of rol in.' });
    if (input.paid === undefined || input.paid === null) {
      problems.push({ field: 'body.paid', message: 'Geef aan of de functie bezoldigd is.' });
    }
  }
  if (input.kind === 'financial_interest' && !input.description) {
    problems.push({
      field: 'body.description',
      message: 'Beschrijf het belang, bijvoorbeeld aandelen of een lening.',
    });
  }
  if (input.kind === 'gift') {
    if (input.valueCents === undefined || input.valueCents === null) {
      problems.push({ field: 'body.valueCents', message: 'Vul de (geschatte) waarde in.' });
    } else if (input.valueCents <= giftThresholdCents) {
      problems.push({
        field: 'body.valueCents',
        message: `Geschenken tot en met ${euros(giftThresholdCents)} hoeft u niet op te geven.`,
      });
    }
    if (input.endOn)
      problems.push({ field: 'body.endOn', message: 'Een geschenk heeft geen einddatum.' });
    if (input.startOn > today) {
      problems.push({
        field: 'body.startOn',
        message: 'De datum van ontvangst ligt in de toekomst.',
      });
    }
  }
  return problems;
}

/** A declaration is current on `today` when it has not ended (gifts: received this year or last). */
export function isCurrent(
  row: { kind: DeclarationKind; start_on: string; end_on: string | null },
  today: string,
): boolean {
  if (row.kind === 'gift') return row.start_on >= `${Number(today.slice(0, 4)) - 1}-01-01`;
  return row.end_on === null || row.end_on >= today;
}

/** Whether the holder confirmed their declarations complete during the calendar year of `today`. */
export function declaredThisYear(lastConfirmedOn: string | null, today: string): boolean {
  return lastConfirmedOn !== null && lastConfirmedOn.slice(0, 4) === today.slice(0, 4);
}

/**
 * Executive office holders publish last year's income from paid side positions by
 * 1 April: from 1 January the previous year's figure is expected.
 */
export function incomeYearDue(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}
