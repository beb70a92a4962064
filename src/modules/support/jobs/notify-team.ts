import type { AppDeps } from '../../../platform/deps';
import { membersWithRoles } from '../../../platform/identity';
import { logMail } from '../../../platform/mail/mail-log';
import { findRequest } from '../support.repository';

/** Queue of the mail that tells the support team a request has arrived. */
export const NOTIFY_TEAM_QUEUE = 'support.notify_team';

const KIND_NL = {
  support_team: 'steun van het Ondersteuningsteam',
  legal: 'juridische steun',
  home_security: 'beveiliging van de woning',
} as const;

type Mailing = Pick<AppDeps, 'db' | 'mailer' | 'config'>;

/**
 * Tell every support worker of the team that a request arrived: only its kind, its urgency
 * and a link — no name, no organisation, nothing the person shared.
 */
export async function notifySupportTeam(
  deps: Mailing,
  payload: { requestId?: unknown },
): Promise<void> {
  if (typeof payload.requestId !== 'string') return;
  const row = await findRequest(deps.db, payload.requestId);
  if (!row) return;
  const workers = await membersWithRoles(deps.db, row.support_team_id, ['support_worker']);
  const urgent = row.urgency === 'urgent';
  for (const worker of workers) {
    const messageId = await deps.mailer.send({
      to: worker.email,
      subject: urgent ? 'Weerbaar: URGENTE steunaanvraag' : 'Weerbaar: nieuwe steunaanvraag',
      text: [
        'Goedendag,',
        '',
        `Er is een ${urgent ? 'urgente' : 'nieuwe'} aanvraag voor ${KIND_NL[row.kind]}.`,
        `Bekijk hem in de wachtrij: ${deps.config.publicUrl}/steun/wachtrij/${row.id}`,
        '',
        'Dit bericht is automatisch verstuurd en bevat bewust geen gegevens over de aanvraag.',
      ].join('\n'),
    });
    await logMail(deps.db, row.support_team_id, 'support.new_request', messageId);
  }
}
