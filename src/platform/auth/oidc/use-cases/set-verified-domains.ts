import type { Db } from '../../../../db/database';
import { audit, personActor, systemActor } from '../../../audit/audit';
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
    await audit(
      trx,
      actor
        ? personActor(organisationId, actor.personId, origin)
        : systemActor(organisationId, origin),
      'oidc.verified_domains.set',
      { type: 'organisation', id: organisationId },
    );
    return unique;
  });
}
