import type { z } from 'zod';
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
