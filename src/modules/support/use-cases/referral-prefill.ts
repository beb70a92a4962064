import { audit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { incidentReferralFacts } from '../../incidents';

/** What a referral from an incident would share (reference, kinds, date), for the handler's form. */
export async function referralPrefill(ctx: UseCaseContext, incidentId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const facts = await incidentReferralFacts(trx, ctx.scope.organisationId, incidentId);
    if (!facts) throw notFound('Deze melding');
    await audit(trx, ctx, 'incident.read_for_referral', { type: 'incident', id: incidentId });
    return facts;
  });
}
