import { audit, systemActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { logMail } from '../../../platform/mail/mail-log';
import {
  findMeeting,
  markMatchesNotified,
  markMeetingNotified,
  matchesToNotify,
} from './agenda.repository';

/**
 * Send each flagged office holder one mail about a meeting: which meeting (public
 * information), how many items, and where to record their decision. Matches are
 * marked notified, so a second run sends nothing twice.
 */
export async function sendAgendaNotifications(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  payload: { organisationId?: unknown; meetingId?: unknown },
  now = new Date(),
) {
  if (typeof payload.organisationId !== 'string' || typeof payload.meetingId !== 'string') return;
  const org = payload.organisationId;
  const meeting = await findMeeting(deps.db, org, payload.meetingId);
  if (!meeting) return;
  const matches = await matchesToNotify(deps.db, org, meeting.id);
  const byPerson = new Map<string, { email: string; ids: string[] }>();
  for (const m of matches) {
    const entry = byPerson.get(m.person_id) ?? { email: m.email, ids: [] };
    entry.ids.push(m.id);
    byPerson.set(m.person_id, entry);
  }
  const date = new Date(`${meeting.meets_on}T12:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  for (const [personId, { email, ids }] of byPerson) {
    const messageId = await deps.mailer.send({
      to: email,
      subject: `Weerbaar: mogelijk persoonlijk belang bij ${meeting.title}`,
      text: [
        'Goedendag,',
        '',
        `Op de agenda van ${meeting.title} (${date}) ${ids.length === 1 ? 'staat een punt' : `staan ${ids.length} punten`} waarbij u mogelijk een persoonlijk belang heeft, op grond van de nevenfuncties en belangen die u heeft opgegeven.`,
        '',
        `Bekijk de toelichting en leg uw keuze vast (niet deelnemen, of deelnemen met motivering): ${deps.config.publicUrl}/integriteit/mijn-opgaven`,
        '',
        'Dit bericht is automatisch verstuurd door de griffie.',
      ].join('\n'),
    });
    await logMail(deps.db, org, 'integrity.agenda_conflict', messageId);
    await deps.db.transaction().execute(async (trx) => {
      await markMatchesNotified(trx, org, ids, now);
      await audit(trx, systemActor(org), 'integrity.agenda.notified', {
        type: 'person',
        id: personId,
      });
    });
  }
  await markMeetingNotified(deps.db, org, meeting.id, now);
}
