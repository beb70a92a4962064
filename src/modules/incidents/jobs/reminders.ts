import type { Db } from '../../../db/database';
import { audit, systemActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { logMail } from '../../../platform/mail/mail-log';
import { amsterdamDate } from '../../../platform/time';
import { listHandlers } from '../people.repository';
import {
  dueAftercareTasks,
  markFirstContactReminded,
  markTasksReminded,
  overdueFirstContacts,
  reporterEmail,
} from './reminders.repository';

type Mailing = Pick<AppDeps, 'db' | 'mailer' | 'logger' | 'config'>;

/**
 * Who gets a reminder about a report: its handler, or every handler of the
 * organisation while nobody has taken it on. Returns address -> number of reports.
 */
async function recipients(
  db: Db,
  organisationId: string,
  items: readonly { handler_id: string | null }[],
): Promise<Map<string, number>> {
  const handlers = await listHandlers(db, organisationId);
  const byId = new Map(handlers.map((h) => [h.id, h.email]));
  const counts = new Map<string, number>();
  for (const item of items) {
    const assigned = item.handler_id ? byId.get(item.handler_id) : undefined;
    const to = assigned ? [assigned] : handlers.map((h) => h.email);
    for (const address of to) counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  return counts;
}

function groupByOrganisation<T extends { organisation_id: string }>(rows: readonly T[]) {
  const map = new Map<string, T[]>();
  for (const row of rows)
    map.set(row.organisation_id, [...(map.get(row.organisation_id) ?? []), row]);
  return map;
}

async function sendAll(
  deps: Mailing,
  organisationId: string,
  counts: Map<string, number>,
  template: string,
  text: (n: number) => { subject: string; body: string },
) {
  for (const [to, n] of counts) {
    const { subject, body } = text(n);
    const messageId = await deps.mailer.send({ to, subject, text: body });
    await logMail(deps.db, organisationId, template, messageId);
  }
}

/** A reminder mail: one sentence (for one item or for n), and where to look. */
function reminderText(deps: Mailing, subject: string, sentence: string) {
  return {
    subject,
    body: [
      'Goedendag,',
      '',
      sentence,
      '',
      `Log in op Weerbaar om ze te bekijken: ${deps.config.publicUrl}/meldingen/register`,
      '',
      'Dit bericht is automatisch verstuurd.',
    ].join('\n'),
  };
}

/** One system audit event per reminded item, all in one transaction. */
async function auditReminded(
  db: Db,
  organisationId: string,
  action: string,
  type: string,
  ids: readonly string[],
) {
  await db.transaction().execute(async (trx) => {
    for (const id of ids) await audit(trx, systemActor(organisationId), action, { type, id });
  });
}

/** One kind of handler reminder: its mail, how the items are marked, and how it is audited. */
interface Reminder {
  template: string;
  subject: string;
  /** The mail's sentence for one item or for n. */
  sentence: (n: number) => string;
  mark: (db: Db, organisationId: string, ids: string[], today: string) => Promise<void>;
  action: string;
  subjectType: string;
}

/** Mail the handlers of each organisation once, mark the items reminded, and audit each. */
async function remindHandlers(
  deps: Mailing,
  rows: readonly { organisation_id: string; id: string; handler_id: string | null }[],
  today: string,
  reminder: Reminder,
) {
  for (const [organisationId, items] of groupByOrganisation(rows)) {
    const counts = await recipients(deps.db, organisationId, items);
    await sendAll(deps, organisationId, counts, reminder.template, (n) =>
      reminderText(deps, reminder.subject, reminder.sentence(n)),
    );
    const ids = items.map((i) => i.id);
    await reminder.mark(deps.db, organisationId, ids, today);
    await auditReminded(deps.db, organisationId, reminder.action, reminder.subjectType, ids);
  }
}

/**
 * Remind handlers of reports whose first-contact date has passed, at most once a day
 * per report. The mail names no person and no content: "there is an overdue report,
 * log in".
 */
export async function sendFirstContactReminders(deps: Mailing, now = new Date()): Promise<number> {
  const today = amsterdamDate(now);
  const rows = await overdueFirstContacts(deps.db, today);
  await remindHandlers(deps, rows, today, {
    template: 'incident.first_contact_overdue',
    subject: 'Weerbaar: melding wacht op eerste contact',
    sentence: (n) =>
      n === 1
        ? 'Er is een melding waarvan de termijn voor het eerste contact met de melder is verstreken.'
        : `Er zijn ${n} meldingen waarvan de termijn voor het eerste contact met de melder is verstreken.`,
    mark: markFirstContactReminded,
    action: 'incident.reminder.first_contact',
    subjectType: 'incident',
  });
  deps.logger.info({ reports: rows.length }, 'first-contact reminders sent');
  return rows.length;
}

/** Remind handlers of aftercare check-ins that are due, once per check-in. */
export async function sendAftercareReminders(deps: Mailing, now = new Date()): Promise<number> {
  const today = amsterdamDate(now);
  const rows = await dueAftercareTasks(deps.db, today);
  await remindHandlers(deps, rows, today, {
    template: 'incident.aftercare_due',
    subject: 'Weerbaar: nazorgcontact gepland',
    sentence: (n) =>
      n === 1
        ? 'Er staat een nazorgcontact gepland dat vandaag of eerder had moeten plaatsvinden.'
        : `Er staan ${n} nazorgcontacten gepland die vandaag of eerder hadden moeten plaatsvinden.`,
    mark: markTasksReminded,
    action: 'incident.reminder.aftercare',
    subjectType: 'incident_aftercare_task',
  });
  deps.logger.info({ tasks: rows.length }, 'aftercare reminders sent');
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
