import type { z } from 'zod';
import { audit, personActor } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/auth/actor';
import { replaceVerifiedDomains } from '../../../platform/auth/oidc/oidc.repository';
import { AppError } from '../../../platform/errors/app-error';
import { findOrganisationByCode, insertOrganisation } from '../../../platform/identity';
import type { UseCaseContext, UseCaseDeps } from '../../../platform/use-case';
import { mailInvitation, recordInvitation } from '../../organisations';
import { findOfficial, LISTED_TYPES } from '../official-list';
import type { SetUpOrganisationBody } from '../platform-admin.schemas';

/**
 * Bring an organisation onto the platform: take it from the official list (a ministry by
 * hand), set its verified e-mail domains and invite its first admin, in one transaction;
 * the invitation mail goes out after commit. Audited in the new organisation's chain.
 */
export async function setUpOrganisation(
  deps: UseCaseDeps,
  admin: { personId: string },
  origin: string,
  input: z.infer<typeof SetUpOrganisationBody>,
) {
  const { type, code } = input;
  let name = input.name;
  if (LISTED_TYPES.includes(type)) {
    const official = findOfficial(code);
    if (!official || official.type !== type) {
      throw new AppError('validation_failed', 'Deze code staat niet in de officiële lijst.', {
        fields: [{ field: 'body.code', message: 'niet in de officiële lijst' }],
      });
    }
    name = official.name;
  } else if (!name) {
    throw new AppError('validation_failed', 'Vul de naam van het ministerie in.', {
      fields: [{ field: 'body.name', message: 'naam nodig' }],
    });
  }
  const domains = [...new Set(input.domains)].sort();
  const { org, invitation, ctx } = await deps.db.transaction().execute(async (trx) => {
    if (await findOrganisationByCode(trx, code)) {
      throw new AppError('conflict', 'Deze organisatie staat al op het platform.', {
        fields: [{ field: 'body.code', message: 'bestaat al' }],
      });
    }
    const org = await insertOrganisation(trx, { type, code, name: name as string });
    await audit(trx, personActor(org.id, admin.personId, origin), 'organisation.created', {
      type: 'organisation',
      id: org.id,
    });
    await replaceVerifiedDomains(trx, org.id, domains);
    await audit(trx, personActor(org.id, admin.personId, origin), 'oidc.verified_domains.set', {
      type: 'organisation',
      id: org.id,
    });
    // The platform admin invites as themself, in the new organisation's scope.
    const scope: Scope = {
      organisationId: org.id,
      organisationCode: org.code,
      organisationType: org.type,
      roles: new Set(),
      actor: {
        type: 'api_token',
        tokenId: admin.personId,
        organisationId: org.id,
        organisationCode: org.code,
        organisationType: org.type,
        role: 'org_admin',
      },
      actorId: admin.personId,
      actorType: 'person',
    };
    const ctx: UseCaseContext = { ...deps, db: trx, scope, origin };
    const invitation = await recordInvitation(trx, ctx, {
      email: input.firstAdmin.email,
      displayName: input.firstAdmin.displayName,
      roles: ['org_admin'],
    });
    return { org, invitation, ctx: { ...ctx, db: deps.db } };
  });
  await mailInvitation(ctx, org.name, invitation);
  return { org, domains, invitation };
}
