import { deleteDraft } from '../mail-intake/drafts.repository';
import { audit, type IncidentContext, personIdOf } from './context';
import { draftNotFound } from './my-drafts';

/** The person throws a forwarded e-mail away: the draft and the kept message are deleted. */
export async function discardDraft(ctx: IncidentContext, draftId: string): Promise<void> {
  const personId = personIdOf(ctx);
  if (!personId) throw draftNotFound();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteDraft(trx, ctx.scope.organisationId, personId, draftId))) {
      throw draftNotFound();
    }
    await audit(trx, ctx, 'incident.draft.discard', 'incident_draft', draftId);
  });
}
