import type { z } from 'zod';
import type { Db } from '../../db/database';
import { amsterdamDate } from '../../platform/time';
import type { TestApp } from '../../test/test-app';
import type { ReportBody } from './report.schemas';

/** A realistic report that passes validation; override fields per test. */
export function validReport(
  overrides: Partial<z.input<typeof ReportBody>> = {},
): z.input<typeof ReportBody> {
  return {
    reporterGroup: 'civil_servant',
    target: 'self',
    occurredOn: amsterdamDate(new Date(Date.now() - 24 * 3600 * 1000)),
    occurredTime: '10:15',
    location: 'work_location',
    channel: 'in_person',
    kinds: ['verbal_aggression', 'threat'],
    narrative: 'Een bezoeker schreeuwde en dreigde mij op te wachten na het werk.',
    perpetratorKnown: false,
    perpetratorType: 'citizen',
    impacts: ['fear'],
    ...overrides,
  };
}

/** Shared with the other modules' tests. */
export { multipart } from '../../test/multipart';

/** File a report through the API and return its receipt. */
export async function fileReport(
  t: TestApp,
  orgId: string,
  headers: Record<string, string>,
  overrides: Partial<z.input<typeof ReportBody>> = {},
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/incidents`,
    headers,
    payload: validReport(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`report failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; reference: string };
}

/** Count rows of a table for one organisation (to prove nothing was half-stored). */
export async function countRows(
  t: TestApp,
  table: 'incident' | 'incident_attachment' | 'incident_event',
  orgId: string,
) {
  const row = await t.deps.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The statistics of one report, as a test (insight) places it straight in the table. */
export interface StatisticsFixture {
  occurredOn: string;
  channel: string;
  location: string;
  target: 'self' | 'relative' | 'colleague';
  reporterGroup: 'office_holder' | 'civil_servant' | 'other';
  kinds: string[];
  createdAt: string;
  firstContactAt: string | null;
  dueOn: string;
  status: string;
}

/** Insert a report with only its statistics (no narrative, no person): for dashboard fixtures. */
export async function insertStatisticsFixture(
  db: Db,
  organisationId: string,
  f: StatisticsFixture,
): Promise<string> {
  const row = await db
    .insertInto('incident')
    .values({
      organisation_id: organisationId,
      source: 'web',
      status: f.status as never,
      author_type: null,
      author_id: null,
      idempotency_key: null,
      idempotency_hash: null,
      reporter_group: f.reporterGroup,
      target: f.target,
      victim_name_enc: null,
      contact_phone_enc: null,
      occurred_on: f.occurredOn,
      occurred_time: null,
      location: f.location as never,
      location_detail_enc: null,
      channel: f.channel as never,
      kinds: f.kinds as never,
      narrative_enc: null,
      perpetrator_known: false,
      perpetrator_type: null,
      perpetrator_description_enc: null,
      witnesses_enc: null,
      email_sender_enc: null,
      email_subject_enc: null,
      email_sent_at: null,
      risk_note_enc: null,
      triaged_at: null,
      handler_id: null,
      first_contact_due_on: f.dueOn,
      first_contact_at: f.firstContactAt ? new Date(f.firstContactAt) : null,
      first_contact_reminded_on: null,
      closed_at: null,
      anonymised_at: null,
      created_at: new Date(f.createdAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
