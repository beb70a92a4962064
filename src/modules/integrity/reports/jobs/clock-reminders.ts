import { audit, systemActor } from '../../../../platform/audit/audit';
import type { AppDeps } from '../../../../platform/deps';
import { logMail } from '../../../../platform/mail/mail-log';
import { addDays, amsterdamDate } from '../../../../platform/time';
import { REMINDER_LEAD_DAYS } from '../legal-clock';
import { recordBreach } from '../reports.repository';
import type { ClockName } from '../reports.tables';
import {
  acknowledgementsDue,
  feedbackDue,
  integrityOfficers,
  markReminded,
} from './jobs.repository';

type Mailing = Pick<AppDeps, 'db' | 'mailer' | 'logger' | 'config'>;

const TEXT: Record<ClockName, { subject: string; line: (n: number) => string }> = {
  acknowledgement: {
    subject: 'Weerbaar: ontvangstbevestiging integriteitsmelding bijna of te laat',
    line: (n) =>
      n === 1
        ? 'Er is een integriteitsmelding waarvan de ontvangst binnen zeven dagen bevestigd moet worden, en die termijn verloopt binnenkort of is verlopen.'
        : `Er zijn ${n} integriteitsmeldingen waarvan de termijn voor de ontvangstbevestiging (zeven dagen) binnenkort verloopt of verlopen is.`,
  },
  feedback: {
    subject: 'Weerbaar: terugkoppeling integriteitsmelding bijna of te laat',
    line: (n) =>
      n === 1
        ? 'Er is een integriteitsmelding waarvan de melder binnen drie maanden terugkoppeling moet krijgen, en die termijn verloopt binnenkort of is verlopen.'
        : `Er zijn ${n} integriteitsmeldingen waarvan de termijn voor terugkoppeling (drie maanden) binnenkort verloopt of verlopen is.`,
  },
};

/**
 * Remind handlers of clocks that run out within REMINDER_LEAD_DAYS or ran out, once
 * a day per report and clock, and enter every clock that ran out in the register of
 * breaches. The mail names no report, person or content: "log in and look".
 */
export async function sendClockReminders(deps: Mailing, now = new Date()) {
  const today = amsterdamDate(now);
  const until = addDays(today, REMINDER_LEAD_DAYS);
  let reminded = 0;
  for (const clock of ['acknowledgement', 'feedback'] as const) {
    const rows =
      clock === 'acknowledgement'
        ? await acknowledgementsDue(deps.db, until, today)
        : await feedbackDue(deps.db, until, today);
    const byOrg = new Map<string, typeof rows>();
    for (const row of rows)
      byOrg.set(row.organisation_id, [...(byOrg.get(row.organisation_id) ?? []), row]);
    for (const [organisationId, items] of byOrg) {
      const officers = await integrityOfficers(deps.db, organisationId);
      const counts = new Map<string, number>();
      for (const item of items) {
        const assigned = officers.find((o) => o.id === item.handler_id);
        for (const person of assigned ? [assigned] : officers) {
          counts.set(person.email, (counts.get(person.email) ?? 0) + 1);
        }
      }
      for (const [to, n] of counts) {
        const messageId = await deps.mailer.send({
          to,
          subject: TEXT[clock].subject,
          text: [
            'Goedendag,',
            '',
            TEXT[clock].line(n),
            '',
            `Log in op Weerbaar om ze te bekijken: ${deps.config.publicUrl}/integriteit/meldingen`,
            '',
            'Dit bericht is automatisch verstuurd.',
          ].join('\n'),
        });
        await logMail(deps.db, organisationId, `integrity.${clock}_reminder`, messageId);
      }
      await deps.db.transaction().execute(async (trx) => {
        for (const item of items) {
          if (item.due_on && item.due_on < today)
            await recordBreach(trx, organisationId, item.id, clock, item.due_on);
          await audit(trx, systemActor(organisationId), `integrity.reminder.${clock}`, {
            type: 'integrity_report',
            id: item.id,
          });
        }
        await markReminded(
          trx,
          organisationId,
          items.map((i) => i.id),
          clock,
          today,
        );
      });
      reminded += items.length;
    }
  }
  deps.logger.info({ reports: reminded }, 'integrity clock reminders sent');
  return reminded;
}
