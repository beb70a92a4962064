import { audit } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';
import { deleteDraft } from '../mail-intake/drafts.repository';
import { personIdOf } from './context';
import { draftNotFound } from './my-drafts';

/** The person throws a forwarded e-mail away: the draft and the kept message are deleted. */
export async function discardDraft(ctx: UseCaseContext, draftId: string): Promise<void> {
  const personId = personIdOf(ctx);
  if (!personId) throw draftNotFound();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteDraft(trx, ctx.scope.organisationId, personId, draftId))) {
      throw draftNotFound();
    }
    await audit(trx, ctx, 'incident.draft.discard', { type: 'incident_draft', id: draftId });
  });
}
