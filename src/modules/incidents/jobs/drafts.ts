import { audit, systemActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { deleteExpiredDrafts } from '../mail-intake/drafts.repository';

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
  const row = await deps.db
    .selectFrom('incident_draft')
    .innerJoin('person', 'person.id', 'incident_draft.person_id')
    .select(['person.email'])
    .where('incident_draft.organisation_id', '=', payload.organisationId)
    .where('incident_draft.id', '=', payload.draftId)
    .executeTakeFirst();
  // Discarded or completed before the job ran: nothing to tell.
  if (!row) return;
  const messageId = await deps.mailer.send({
    to: row.email,
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
  await deps.db
    .insertInto('mail_log')
    .values({
      organisation_id: payload.organisationId,
      template: 'incident.draft_received',
      message_id: messageId,
    })
    .execute();
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
