import { audit, systemActor } from '../../../../platform/audit/audit';
import type { AppDeps } from '../../../../platform/deps';
import { addDays, amsterdamDate } from '../../../../platform/time';
import { type NotificationEventType, notify } from '../../../notifications';
import { REMINDER_LEAD_DAYS } from '../legal-clock';
import { recordBreach } from '../reports.repository';
import type { ClockName } from '../reports.tables';
import { acknowledgementsDue, feedbackDue, markReminded } from './jobs.repository';

/** The notification event of each legal clock. */
const EVENT: Record<ClockName, NotificationEventType> = {
  acknowledgement: 'integrity.acknowledgement_due',
  feedback: 'integrity.feedback_due',
};

/**
 * Remind of clocks that run out within REMINDER_LEAD_DAYS or ran out, once a day per report
 * and clock, and enter every clock that ran out in the register of breaches. Each reminder is
 * a notification event for the case's handler (the integrity officers while it has none),
 * delivered in the app and by mail as each person chose; it names no report, person or
 * content. Marking, breach, audit and event are one transaction per report.
 */
export async function sendClockReminders(
  deps: Pick<AppDeps, 'db' | 'logger'>,
  now = new Date(),
): Promise<number> {
  const today = amsterdamDate(now);
  const until = addDays(today, REMINDER_LEAD_DAYS);
  let reminded = 0;
  for (const clock of ['acknowledgement', 'feedback'] as const) {
    const rows =
      clock === 'acknowledgement'
        ? await acknowledgementsDue(deps.db, until, today)
        : await feedbackDue(deps.db, until, today);
    for (const item of rows) {
      const organisationId = item.organisation_id;
      await deps.db.transaction().execute(async (trx) => {
        if (item.due_on && item.due_on < today)
          await recordBreach(trx, organisationId, item.id, clock, item.due_on);
        await audit(trx, systemActor(organisationId), `integrity.reminder.${clock}`, {
          type: 'integrity_report',
          id: item.id,
        });
        await markReminded(trx, organisationId, [item.id], clock, today);
        await notify(trx, {
          type: EVENT[clock],
          organisationId,
          objectType: 'integrity_report',
          objectId: item.id,
          at: now,
          ownerId: item.handler_id,
        });
      });
      reminded++;
    }
  }
  deps.logger.info({ reports: reminded }, 'integrity clock reminders published');
  return reminded;
}
