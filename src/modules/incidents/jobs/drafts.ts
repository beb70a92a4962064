import { audit, systemActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { logMail } from '../../../platform/mail/mail-log';
import { deleteExpiredDrafts, draftOwnerEmail } from '../mail-intake/drafts.repository';

type Mailing = Pick<AppDeps, 'db' | 'mailer' | 'logger' | 'config'>;

/**
 * Tell a person that their forwarded e-mail waits as a draft. The mail holds a link
 * and nothing of the message: not the sender, not the subject, not the text.
 */
export async function notifyDraftOwner(
  deps: Mailing,
  payload: { organisationId?: unknown; draftId?: unknown },
): Promise<void> {
  if (typeof payload.organisationId !== 'string' || typeof payload.draftId !== 'string') return;
  const email = await draftOwnerEmail(deps.db, payload.organisationId, payload.draftId);
  // Discarded or completed before the job ran: nothing to tell.
  if (!email) return;
  const messageId = await deps.mailer.send({
    to: email,
    subject: 'Weerbaar: uw doorgestuurde e-mail staat klaar',
    text: [
      'Goedendag,',
      '',
      'Weerbaar heeft de e-mail ontvangen die u heeft doorgestuurd.',
      'Het is nog geen melding en alleen u kunt het bericht zien.',
      'Vul de melding aan en verstuur hem, of gooi het bericht weg.',
      '',
      `Melding afmaken: ${deps.config.publicUrl}/meldingen/concept/${payload.draftId}`,
      '',
      'Heeft u niets doorgestuurd? Gooi het concept dan weg onder Mijn meldingen.',
      '',
      'Dit bericht is automatisch verstuurd.',
    ].join('\n'),
  });
  await logMail(deps.db, payload.organisationId, 'incident.draft_received', messageId);
}

/** Remove drafts nobody completed in time, each with an audit event. */
export async function expireDrafts(deps: Pick<AppDeps, 'db' | 'logger'>, now = new Date()) {
  const removed = await deps.db.transaction().execute(async (trx) => {
    const rows = await deleteExpiredDrafts(trx, now);
    for (const row of rows) {
      await audit(trx, systemActor(row.organisation_id), 'incident.draft.expire', {
        type: 'incident_draft',
        id: row.id,
      });
    }
    return rows.length;
  });
  deps.logger.info({ drafts: removed }, 'expired drafts removed');
  return removed;
}
