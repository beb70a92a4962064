import type { AppDeps } from '../../../platform/deps';
import { amsterdamDate, amsterdamTime } from '../../../platform/time';
import { DIGEST_TIME } from '../notification-events';
import { attachToDigest, createDigest, pendingDigestRecipients } from '../notifications.repository';
import { MAIL_DELIVER_QUEUE, MAIL_MAX_ATTEMPTS } from './queues';

/**
 * From DIGEST_TIME (Europe/Amsterdam) on, put each person's digest notifications into that
 * day's digest and queue its one mail. A person gets at most one digest a day (the table holds
 * one per day); what arrives after today's went out waits for tomorrow's. Returns the number of
 * digests made.
 */
export async function makeDigests(deps: Pick<AppDeps, 'db' | 'jobs'>, now: Date): Promise<number> {
  if (amsterdamTime(now) < DIGEST_TIME) return 0;
  const day = amsterdamDate(now);
  let made = 0;
  for (const { organisation_id: org, person_id: personId } of await pendingDigestRecipients(
    deps.db,
    now,
  )) {
    if (!personId) continue;
    await deps.db.transaction().execute(async (trx) => {
      const digestId = await createDigest(trx, org, personId, day);
      if (!digestId) return;
      await attachToDigest(trx, org, personId, digestId, now);
      await deps.jobs.enqueue(
        trx,
        MAIL_DELIVER_QUEUE,
        { organisationId: org, digestId },
        { maxAttempts: MAIL_MAX_ATTEMPTS },
      );
      made++;
    });
  }
  return made;
}
