import { type CsvValue, csvText } from '../../../platform/files/csv';
import { amsterdamDateOrNull } from '../../../platform/time';
import { EXECUTIVE_OFFICES, LABELS_NL } from '../integrity.vocabulary';
import { declaredThisYear, incomeYearDue, isCurrent } from './declaration-rules';
import type { DeclarationRow, OfficeHolderRow } from './declarations.tables';

type Income = ReadonlyMap<string, { year: number; amountCents: number }[]>;
const day = amsterdamDateOrNull;

export function incomeByDeclaration(
  rows: readonly { declaration_id: string; year: number; amount_cents: number }[],
) {
  const map = new Map<string, { year: number; amountCents: number }[]>();
  for (const r of rows) {
    map.set(r.declaration_id, [
      ...(map.get(r.declaration_id) ?? []),
      { year: r.year, amountCents: r.amount_cents },
    ]);
  }
  return map;
}

/** What was declared, shared by the internal view and the public register. */
function declaredFields(row: DeclarationRow) {
  return {
    kind: row.kind,
    organisationName: row.organisation_name,
    role: row.role,
    paid: row.paid,
    description: row.description,
    valueCents: row.value_cents,
    startOn: row.start_on,
    endOn: row.end_on,
  };
}

export function presentDeclaration(
  row: DeclarationRow & { display_name: string },
  income: Income,
  today: string,
  reviewNote: string | null = null,
) {
  return {
    id: row.id,
    personId: row.person_id,
    holderName: row.display_name,
    ...declaredFields(row),
    status: row.status,
    reviewNote,
    reviewedAt: row.reviewed_at ? new Date(row.reviewed_at).toISOString() : null,
    current: isCurrent(row, today),
    income: income.get(row.id) ?? [],
  };
}

export function presentOfficeHolder(
  row: OfficeHolderRow & { display_name: string },
  declarations: readonly DeclarationRow[],
  income: Income,
  today: string,
) {
  const mine = declarations.filter((d) => d.person_id === row.person_id);
  const confirmedOn = day(row.last_confirmed_at);
  const dueYear = incomeYearDue(today);
  const incomeMissing =
    EXECUTIVE_OFFICES.includes(row.office) &&
    mine.some(
      (d) =>
        d.kind === 'side_position' &&
        d.paid &&
        d.status === 'validated' &&
        d.start_on <= `${dueYear}-12-31` &&
        (d.end_on === null || d.end_on >= `${dueYear}-01-01`) &&
        !(income.get(d.id) ?? []).some((i) => i.year === dueYear),
    );
  return {
    personId: row.person_id,
    displayName: row.display_name,
    office: row.office,
    party: row.party,
    since: row.since,
    until: row.until,
    lastConfirmedOn: confirmedOn,
    declaredThisYear: declaredThisYear(confirmedOn, today),
    awaitingValidation: mine.filter((d) => d.status === 'submitted').length,
    incomeMissing,
  };
}

function publicDeclaration(row: DeclarationRow, income: Income, executive: boolean) {
  return {
    ...declaredFields(row),
    // Income is published for executive offices only (Gemeentewet art. 41b and equivalents).
    income: executive ? (income.get(row.id) ?? []) : [],
  };
}

/** The public register: validated declarations only, current and history, per office holder. */
export function presentPublicRegister(
  organisation: { code: string; name: string },
  holders: readonly (OfficeHolderRow & { display_name: string })[],
  declarations: readonly DeclarationRow[],
  income: Income,
  giftThresholdCents: number,
  now: Date,
) {
  const today = day(now)!;
  return {
    organisation,
    generatedAt: now.toISOString(),
    giftThresholdCents,
    officeHolders: holders.map((h) => {
      const executive = EXECUTIVE_OFFICES.includes(h.office);
      const mine = declarations.filter(
        (d) => d.person_id === h.person_id && d.status === 'validated',
      );
      return {
        name: h.display_name,
        office: h.office,
        party: h.party,
        since: h.since,
        until: h.until,
        inOffice: h.until === null || h.until >= today,
        current: mine
          .filter((d) => isCurrent(d, today))
          .map((d) => publicDeclaration(d, income, executive)),
        history: mine
          .filter((d) => !isCurrent(d, today))
          .map((d) => publicDeclaration(d, income, executive)),
      };
    }),
  };
}

const CSV_HEADER = [
  'naam',
  'functie',
  'partij',
  'status',
  'soort',
  'organisatie',
  'rol',
  'bezoldigd',
  'omschrijving',
  'waarde_eur',
  'begindatum',
  'einddatum',
  'inkomsten',
];

/** The public register as CSV (RFC 4180, UTF-8, formulas neutralised), one row per declaration. */
export function publicRegisterCsv(register: ReturnType<typeof presentPublicRegister>): string {
  const rows: CsvValue[][] = [CSV_HEADER];
  for (const h of register.officeHolders) {
    for (const [state, list] of [
      ['actueel', h.current],
      ['historie', h.history],
    ] as const) {
      for (const d of list) {
        rows.push([
          h.name,
          LABELS_NL.office[h.office],
          h.party,
          state,
          LABELS_NL.declarationKind[d.kind],
          d.organisationName,
          d.role,
          d.paid === null ? '' : d.paid ? 'ja' : 'nee',
          d.description,
          d.valueCents === null ? '' : (d.valueCents / 100).toFixed(2),
          d.startOn,
          d.endOn,
          d.income.map((i) => `${i.year}: ${(i.amountCents / 100).toFixed(2)}`).join(' | '),
        ]);
      }
    }
  }
  return csvText(rows, ',');
}
