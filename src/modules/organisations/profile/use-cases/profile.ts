import { audit } from '../../../../platform/audit/audit';
import { notFound } from '../../../../platform/errors/app-error';
import { findOrganisation, renameOrganisation } from '../../../../platform/identity';
import type { UseCaseContext } from '../../../../platform/use-case';
import { findContact, saveContact } from '../profile.repository';
import type { ProfileBody } from '../profile.schemas';

const NO_CONTACT = { email: null, phone: null };

async function load(ctx: UseCaseContext, trx: UseCaseContext['db']) {
  const orgId = ctx.scope.organisationId;
  const org = await findOrganisation(trx, orgId);
  if (!org) throw notFound('Deze organisatie');
  const enc = await findContact(trx, orgId);
  const contact = enc ? JSON.parse(await ctx.keyring.decryptText(trx, orgId, enc)) : NO_CONTACT;
  return { name: org.name, code: org.code, theme: org.theme ?? {}, contact };
}

/** Name, contact details (decrypted) and theme of the organisation. */
export async function readProfile(ctx: UseCaseContext) {
  return ctx.db.transaction().execute(async (trx) => {
    const profile = await load(ctx, trx);
    await audit(trx, ctx, 'organisation.view_profile', {
      type: 'organisation',
      id: ctx.scope.organisationId,
    });
    return profile;
  });
}

/** Change the name and contact details; the contact details are stored encrypted. */
export async function updateProfile(ctx: UseCaseContext, body: ProfileBody) {
  const orgId = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    await renameOrganisation(trx, orgId, body.name);
    const empty = !body.contact.email && !body.contact.phone;
    await saveContact(
      trx,
      orgId,
      empty ? null : await ctx.keyring.encryptText(trx, orgId, JSON.stringify(body.contact)),
    );
    await audit(trx, ctx, 'organisation.update_profile', { type: 'organisation', id: orgId });
    return load(ctx, trx);
  });
}
