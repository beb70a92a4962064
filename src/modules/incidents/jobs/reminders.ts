import type { Db } from '../../../db/database';
import { audit, systemActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { logMail } from '../../../platform/mail/mail-log';
import { amsterdamDate } from '../../../platform/time';
import { type NotificationEventType, notify } from '../../notifications';
import {
  dueAftercareTasks,
  markFirstContactReminded,
  markTasksReminded,
  overdueFirstContacts,
  reporterEmail,
} from './reminders.repository';

type Mailing = Pick<AppDeps, 'db' | 'mailer' | 'logger' | 'config'>;

/** One kind of handler reminder: its event, how the items are marked, and how it is audited. */
interface Reminder {
  type: NotificationEventType;
  mark: (db: Db, organisationId: string, ids: string[], today: string) => Promise<void>;
  action: string;
  subjectType: string;
}

/**
 * Per report: mark its items reminded, audit each, and publish one event for the report's
 * handler (every handler while nobody has taken it on), all in one transaction, so a report is
 * reminded once and the notifications module delivers it as each person chose.
 */
async function remindHandlers(
  deps: Mailing,
  rows: readonly {
    organisation_id: string;
    incident_id: string;
    id: string;
    handler_id: string | null;
  }[],
  today: string,
  now: Date,
  reminder: Reminder,
) {
  const byIncident = new Map<string, (typeof rows)[number][]>();
  for (const row of rows)
    byIncident.set(row.incident_id, [...(byIncident.get(row.incident_id) ?? []), row]);
  for (const [incidentId, items] of byIncident) {
    const { organisation_id: organisationId, handler_id: handlerId } = items[0]!;
    const ids = items.map((i) => i.id);
    await deps.db.transaction().execute(async (trx) => {
      await reminder.mark(trx, organisationId, ids, today);
      for (const id of ids)
        await audit(trx, systemActor(organisationId), reminder.action, {
          type: reminder.subjectType,
          id,
        });
      await notify(trx, {
        type: reminder.type,
        organisationId,
        objectType: 'incident',
        objectId: incidentId,
        at: now,
        ownerId: handlerId,
      });
    });
  }
  return byIncident.size;
}

/**
 * Remind handlers of reports whose first-contact date has passed, at most once a day
 * per report. The notification names no person and no content: "there is an overdue
 * report, log in".
 */
export async function sendFirstContactReminders(deps: Mailing, now = new Date()): Promise<number> {
  const today = amsterdamDate(now);
  const rows = await overdueFirstContacts(deps.db, today);
  await remindHandlers(
    deps,
    rows.map((r) => ({ ...r, incident_id: r.id })),
    today,
    now,
    {
      type: 'incident.first_contact_due',
      mark: markFirstContactReminded,
      action: 'incident.reminder.first_contact',
      subjectType: 'incident',
    },
  );
  deps.logger.info({ reports: rows.length }, 'first-contact reminders published');
  return rows.length;
}

/** Remind handlers of aftercare check-ins that are due, once per check-in (one event per report). */
export async function sendAftercareReminders(deps: Mailing, now = new Date()): Promise<number> {
  const today = amsterdamDate(now);
  const rows = await dueAftercareTasks(deps.db, today);
  await remindHandlers(deps, rows, today, now, {
    type: 'incident.aftercare_due',
    mark: markTasksReminded,
    action: 'incident.reminder.aftercare',
    subjectType: 'incident_aftercare_task',
  });
  deps.logger.info({ tasks: rows.length }, 'aftercare reminders published');
  return rows.length;
}

/** Tell a reporter that a handler wrote to them; the mail holds no content. */
export async function notifyReporter(
  deps: Mailing,
  payload: { organisationId?: unknown; incidentId?: unknown },
): Promise<void> {
  if (typeof payload.organisationId !== 'string' || typeof payload.incidentId !== 'string') return;
  const email = await reporterEmail(deps.db, payload.organisationId, payload.incidentId);
  if (!email) return;
  const messageId = await deps.mailer.send({
    to: email,
    subject: 'Weerbaar: nieuw bericht over uw melding',
    text: [
      'Goedendag,',
      '',
      'Er is een nieuw bericht over een van uw meldingen.',
      `Log in op Weerbaar en kijk bij Mijn meldingen: ${deps.config.publicUrl}/meldingen/mijn`,
      '',
      'Dit bericht is automatisch verstuurd.',
    ].join('\n'),
  });
  await logMail(deps.db, payload.organisationId, 'incident.reporter_message', messageId);
}
