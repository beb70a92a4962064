import type { AppDeps } from '../../../../platform/deps';
import { logMail } from '../../../../platform/mail/mail-log';
import { handlerOf, integrityOfficers } from './jobs.repository';

type Mailing = Pick<AppDeps, 'db' | 'mailer' | 'config'>;

/**
 * Tell staff there is something new: a report, or a reporter's message (to the
 * case's handler, or every integrity officer while there is none). No content,
 * no reference: the mail only says to log in.
 */
export async function notifyHandlers(
  deps: Mailing,
  payload: { organisationId?: unknown; reportId?: unknown; kind?: unknown },
) {
  if (typeof payload.organisationId !== 'string') return;
  const org = payload.organisationId;
  const handler =
    typeof payload.reportId === 'string'
      ? await handlerOf(deps.db, org, payload.reportId)
      : undefined;
  const to = handler?.email
    ? [handler.email]
    : (await integrityOfficers(deps.db, org)).map((o) => o.email);
  const fresh = payload.kind === 'new_report';
  for (const address of to) {
    const messageId = await deps.mailer.send({
      to: address,
      subject: fresh
        ? 'Weerbaar: nieuwe integriteitsmelding'
        : 'Weerbaar: nieuw bericht bij een integriteitsmelding',
      text: [
        'Goedendag,',
        '',
        fresh
          ? 'Er is een nieuwe integriteitsmelding binnengekomen. De ontvangst moet binnen zeven dagen worden bevestigd.'
          : 'Een melder heeft een nieuw bericht gestuurd bij een integriteitsmelding.',
        '',
        `Log in op Weerbaar: ${deps.config.publicUrl}/integriteit/meldingen`,
        '',
        'Dit bericht is automatisch verstuurd.',
      ].join('\n'),
    });
    await logMail(
      deps.db,
      org,
      fresh ? 'integrity.new_report' : 'integrity.reporter_message',
      messageId,
    );
  }
}
