import { Writable } from 'node:stream';
import pino from 'pino';
import type { z } from 'zod';
import { buildApp } from '../../app';
import type { Role } from '../../platform/auth/roles';
import type { AppDeps } from '../../platform/deps';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import type { ReportContent } from './reports/reports.schemas';

/** A report that passes validation; override fields per test. */
export function validContent(
  overrides: Partial<z.input<typeof ReportContent>> = {},
): z.input<typeof ReportContent> {
  return {
    category: 'conflict_of_interest',
    subjectType: 'office_holder',
    summary: 'Wethouder gunt opdracht aan zwager',
    description:
      'De wethouder heeft een opdracht gegund aan het bedrijf van zijn zwager zonder aanbesteding.',
    subject: 'Wethouder X',
    occurred: 'Maart dit jaar',
    ...overrides,
  };
}

/** Shared with the other modules' tests. */
export { multipart } from '../../test/multipart';

/** A minimal valid PDF, with a marker so a dump test can look for its bytes. */
export function pdfBytes(marker: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
}

export interface AnonymousReceipt {
  reference: string;
  receipt: string;
  receivedOn: string;
  acknowledgementDueOn: string;
  sessionToken: string;
}

/** File an anonymous report through the public route. */
export async function fileAnonymous(
  t: TestApp,
  organisationCode: string,
  overrides: Partial<z.input<typeof ReportContent>> = {},
): Promise<AnonymousReceipt> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/integrity/${organisationCode}/reports`,
    payload: validContent(overrides),
  });
  if (res.statusCode !== 201)
    throw new Error(`anonymous report failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The id of a report by its reference (I-<n>). */
export async function reportIdOf(t: TestApp, reference: string): Promise<string> {
  const row = await t.deps.db
    .selectFrom('integrity_report')
    .select('id')
    .where('number', '=', Number(reference.slice(2)))
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface IntegrityWorld {
  org: { id: string; code: string };
  officer: TestPerson;
  counsellor: TestPerson;
  reporter: TestPerson;
  clerk: TestPerson;
  admin: TestPerson;
}

/** An organisation with one person per integrity role. */
export async function buildIntegrityWorld(t: TestApp): Promise<IntegrityWorld> {
  const org = await buildOrganisation(t.deps.db);
  const make = (roles: Role[]) => buildPerson(t.deps.db, org.id, roles);
  return {
    org: { id: org.id, code: org.code },
    officer: await make(['integrity_officer', 'reporter']),
    counsellor: await make(['confidential_counsellor', 'reporter']),
    reporter: await make(['reporter']),
    clerk: await make(['clerk', 'reporter']),
    admin: await make(['org_admin', 'reporter']),
  };
}

/** Count rows of an integrity table for one organisation (to prove nothing was half-stored). */
export async function countRows(
  t: TestApp,
  table:
    | 'integrity_report'
    | 'integrity_message'
    | 'integrity_attachment'
    | 'integrity_meeting'
    | 'integrity_agenda_item'
    | 'integrity_declaration',
  organisationId: string,
): Promise<number> {
  const row = await t.deps.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A second app on the same deps whose log lines (at trace level) the test can read. */
export async function appWithTraceLog(deps: AppDeps) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({ ...deps, logger: pino({ level: 'trace' }, stream) });
  await app.ready();
  return { app, lines };
}
