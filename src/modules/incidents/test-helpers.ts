import { randomBytes } from 'node:crypto';
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

/** A multipart/form-data body for app.inject. */
export function multipart(
  fields: Record<string, string>,
  files: { field: string; name: string; data: Buffer; type?: string }[] = [],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----weerbaar${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

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
