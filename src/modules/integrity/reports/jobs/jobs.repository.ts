import { sql } from 'kysely';
import type { Db } from '../../../../db/database';
import type { ClockName } from '../reports.tables';

/** Reports whose acknowledgement is due by `until` (inclusive) and not yet reminded today. */
export async function acknowledgementsDue(db: Db, until: string, today: string) {
  return db
    .selectFrom('integrity_report')
    .select(['organisation_id', 'id', 'handler_id', 'acknowledgement_due_on as due_on'])
    .where('status', '=', 'received')
    .where('acknowledged_at', 'is', null)
    .where('acknowledgement_due_on', '<=', until)
    .where((eb) =>
      eb.or([
        eb('acknowledgement_reminded_on', 'is', null),
        eb('acknowledgement_reminded_on', '<', today),
      ]),
    )
    .execute();
}

/** Reports whose feedback is due by `until` and not yet reminded today. */
export async function feedbackDue(db: Db, until: string, today: string) {
  return db
    .selectFrom('integrity_report')
    .select(['organisation_id', 'id', 'handler_id', 'feedback_due_on as due_on'])
    .where('status', 'in', ['assessment', 'investigation', 'concluded'])
    .where('feedback_at', 'is', null)
    .where('feedback_due_on', '<=', until)
    .where((eb) =>
      eb.or([eb('feedback_reminded_on', 'is', null), eb('feedback_reminded_on', '<', today)]),
    )
    .execute();
}

export async function markReminded(
  db: Db,
  organisationId: string,
  ids: readonly string[],
  clock: ClockName,
  today: string,
) {
  if (ids.length === 0) return;
  await db
    .updateTable('integrity_report')
    .set(
      clock === 'acknowledgement'
        ? { acknowledgement_reminded_on: today }
        : { feedback_reminded_on: today },
    )
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .execute();
}

export async function organisationsWithClosedReports(db: Db) {
  const rows = await db
    .selectFrom('integrity_report')
    .select('organisation_id')
    .distinct()
    .where('status', '=', 'closed')
    .execute();
  return rows.map((r) => r.organisation_id);
}

export async function closedBefore(db: Db, organisationId: string, cutoff: Date) {
  return db
    .selectFrom('integrity_report')
    .select(['id'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'closed')
    .where('closed_at', '<', cutoff)
    .execute();
}

/** For tests and the demo: move a report's dates back, as if time had passed. */
export async function backdateReport(
  db: Db,
  organisationId: string,
  reportId: string,
  days: number,
) {
  await sql`
    update integrity_report set
      received_at = received_at - make_interval(days => ${days}),
      acknowledgement_due_on = acknowledgement_due_on - ${days}::int,
      feedback_due_on = feedback_due_on - ${days}::int,
      acknowledged_at = acknowledged_at - make_interval(days => ${days}),
      closed_at = closed_at - make_interval(days => ${days})
    where organisation_id = ${organisationId} and id = ${reportId}`.execute(db);
}
