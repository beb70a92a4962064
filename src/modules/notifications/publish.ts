import type { QueryCreator } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import { insertJob, insertJobsStatement } from '../../platform/jobs/job.repository';
import { JOB_MAX_ATTEMPTS } from '../../platform/jobs/job-queue';
import { FAN_OUT_QUEUE } from './jobs/queues';
import type { NotificationEvent } from './notification-events';

/** The job payload of an event: its kind, organisation, object, time and urgency; nothing else. */
export function eventPayload(event: NotificationEvent): Record<string, unknown> {
  return {
    type: event.type,
    organisationId: event.organisationId,
    objectType: event.objectType,
    objectId: event.objectId,
    at: event.at.toISOString(),
    urgent: event.urgent === true,
    ownerId: event.ownerId ?? null,
  };
}

/**
 * Publish an event inside the transaction that wrote what it is about: it commits (or rolls
 * back) with it, and a job turns it into notifications and mails right after.
 */
export async function notify(trx: Db, event: NotificationEvent): Promise<void> {
  await insertJob(trx, {
    queue: FAN_OUT_QUEUE,
    payload: eventPayload(event),
    runAt: new Date(),
    singletonKey: null,
    maxAttempts: JOB_MAX_ATTEMPTS,
  });
}

/**
 * The same for a statement that writes its rows as data-modifying CTEs (report intake's
 * group commit): `db.with('n', (qb) => notifyStatement(qb, events))`.
 */
export function notifyStatement<DB extends Database>(
  qb: QueryCreator<DB>,
  events: readonly NotificationEvent[],
) {
  return insertJobsStatement(
    qb,
    events.map((event) => ({
      queue: FAN_OUT_QUEUE,
      payload: eventPayload(event),
      runAt: new Date(),
      maxAttempts: JOB_MAX_ATTEMPTS,
    })),
  );
}
