/**
 * The legal clocks of integrity reports as counts (insight dashboard, issue 13): per period
 * of receipt, how many acknowledgements and feedbacks were given in time, late, or are
 * overdue today. Dates are calendar dates in Europe/Amsterdam, as in legal-clock.ts. Counts
 * only; no report leaves this module.
 */

import { sql } from 'kysely';
import type { Db } from '../../../db/database';

export interface ClockCountsFilter {
  organisationId: string;
  unit: 'month' | 'quarter' | 'year';
  /** First day of the first period (YYYY-MM-DD). */
  from: string;
  /** First day after the last period (YYYY-MM-DD). */
  until: string;
  /** Today in Europe/Amsterdam. */
  today: string;
}

export interface ClockCountsRow {
  /** First day of the period (YYYY-MM-DD); null for the whole selection. */
  period: string | null;
  received: number;
  acknowledgedInTime: number;
  acknowledgedLate: number;
  acknowledgementOverdue: number;
  feedbackInTime: number;
  feedbackLate: number;
  feedbackOverdue: number;
}

/** Clock counts per period of receipt and for the whole selection. */
export async function integrityClockCounts(
  db: Db,
  f: ClockCountsFilter,
): Promise<ClockCountsRow[]> {
  const day = (column: string) => sql`(${sql.ref(column)} at time zone 'Europe/Amsterdam')::date`;
  const received = day('r.received_at');
  const ack = day('r.acknowledged_at');
  const feedback = day('r.feedback_at');
  const { rows } = await sql<ClockCountsRow>`
    select to_char(date_trunc(${f.unit}, ${received}::timestamp), 'YYYY-MM-DD') as period,
      count(*)::int as received,
      count(*) filter (where ${ack} <= r.acknowledgement_due_on)::int as "acknowledgedInTime",
      count(*) filter (where ${ack} > r.acknowledgement_due_on)::int as "acknowledgedLate",
      count(*) filter (where r.acknowledged_at is null
        and r.acknowledgement_due_on < ${f.today}::date)::int as "acknowledgementOverdue",
      count(*) filter (where ${feedback} <= r.feedback_due_on)::int as "feedbackInTime",
      count(*) filter (where ${feedback} > r.feedback_due_on)::int as "feedbackLate",
      count(*) filter (where r.feedback_at is null
        and r.feedback_due_on < ${f.today}::date)::int as "feedbackOverdue"
    from integrity_report r
    where r.organisation_id = ${f.organisationId} and r.received_at is not null
      and r.received_at >= (${f.from}::date)::timestamp at time zone 'Europe/Amsterdam'
      and r.received_at < (${f.until}::date)::timestamp at time zone 'Europe/Amsterdam'
    group by grouping sets ((1), ())`.execute(db);
  return rows;
}
