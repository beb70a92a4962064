import type { Db } from '../../db/database';
import { referenceOf } from './incidents.presenter';

/**
 * The facts of an incident that a referral to the support team may share: its reference,
 * kinds and date — never the narrative or a person. Null when the organisation has no such
 * incident.
 */
export async function incidentReferralFacts(db: Db, organisationId: string, incidentId: string) {
  const row = await db
    .selectFrom('incident')
    .select(['number', 'kinds', 'occurred_on'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', incidentId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    reference: referenceOf(row),
    kinds: [...row.kinds] as string[],
    occurredOn: String(row.occurred_on),
  };
}
