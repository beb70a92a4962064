import { audit, personActor } from '../../../platform/audit/audit';
import { forgetOrganisationTokens } from '../../../platform/auth/api-tokens';
import { endOrganisationSessions } from '../../../platform/auth/session-store';
import { notFound } from '../../../platform/errors/app-error';
import { findOrganisation, setOrganisationDeactivated } from '../../../platform/identity';
import type { UseCaseDeps } from '../../../platform/use-case';

/**
 * Deactivate or reactivate an organisation. Its data stays. While deactivated its members
 * have no rights there (memberships elsewhere keep working), its API tokens are refused and
 * the sessions its IdP opened end; someone whose only organisations are deactivated cannot
 * sign in. Doing it twice changes nothing and records nothing.
 */
export async function setOrganisationActive(
  deps: UseCaseDeps,
  admin: { personId: string },
  origin: string,
  organisationId: string,
  active: boolean,
) {
  const org = await deps.db.transaction().execute(async (trx) => {
    const existing = await findOrganisation(trx, organisationId);
    if (!existing) throw notFound('Deze organisatie');
    const changed = await setOrganisationDeactivated(
      trx,
      organisationId,
      active ? null : deps.clock.now(),
    );
    if (changed) {
      if (!active) await endOrganisationSessions(trx, organisationId);
      await audit(
        trx,
        personActor(organisationId, admin.personId, origin),
        active ? 'organisation.reactivated' : 'organisation.deactivated',
        { type: 'organisation', id: organisationId },
      );
    }
    return findOrganisation(trx, organisationId);
  });
  // This instance stops trusting the tokens at once; others within API_TOKEN_TRUST_MS (ADR 0014).
  if (!active) forgetOrganisationTokens(deps.db, organisationId);
  return org!;
}
