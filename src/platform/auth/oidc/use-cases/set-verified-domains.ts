import type { Db } from '../../../../db/database';
import { appendAudit } from '../../../audit/audit-log';
import { notFound } from '../../../errors/app-error';
import { replaceVerifiedDomains } from '../oidc.repository';

/**
 * Replace the e-mail domains an organisation's IdP may sign people in for.
 * Only the platform admin calls this (the route checks), after making sure the
 * organisation really owns the domains: an organisation admin must never be
 * able to widen what their own IdP is trusted for.
 */
export async function setVerifiedDomains(
  db: Db,
  /** The platform admin, or null for the operator's command line. */
  actor: { personId: string } | null,
  organisationId: string,
  domains: readonly string[],
  origin: string,
): Promise<string[]> {
  const unique = [...new Set(domains)].sort();
  return db.transaction().execute(async (trx) => {
    const org = await trx
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!org) throw notFound('Deze organisatie');
    await replaceVerifiedDomains(trx, organisationId, unique);
    await appendAudit(trx, {
      organisationId,
      actorType: actor ? 'person' : 'system',
      actorId: actor?.personId ?? null,
      action: 'oidc.verified_domains.set',
      objectType: 'organisation',
      objectId: organisationId,
      result: 'success',
      origin,
    });
    return unique;
  });
}
