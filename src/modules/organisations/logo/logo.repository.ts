/** SQL of an organisation's logo (in organisation_profile, beside the contact details). */

import type { Db } from '../../../db/database';
import type { LogoMediaType } from './logo-type';

/** Store (or replace) the encrypted logo; answers its version time. */
export async function saveLogo(
  db: Db,
  organisationId: string,
  logo: { mediaType: LogoMediaType; encrypted: Buffer },
): Promise<Date> {
  const values = { logo_type: logo.mediaType, logo: logo.encrypted, logo_updated_at: new Date() };
  await db
    .insertInto('organisation_profile')
    .values({ organisation_id: organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
  return values.logo_updated_at;
}

/** Remove the logo; true when there was one. */
export async function deleteLogo(db: Db, organisationId: string): Promise<boolean> {
  const result = await db
    .updateTable('organisation_profile')
    .set({ logo_type: null, logo: null, logo_updated_at: null })
    .where('organisation_id', '=', organisationId)
    .where('logo', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The stored logo of an organisation (the platform's organisation table says which is active). */
export async function findLogo(db: Db, organisationId: string) {
  return db
    .selectFrom('organisation_profile')
    .select(['organisation_id as organisationId', 'logo_type', 'logo', 'logo_updated_at'])
    .where('organisation_id', '=', organisationId)
    .where('logo', 'is not', null)
    .executeTakeFirst();
}

/** When the logo of each organisation with one last changed, by organisation id. */
export async function logoVersions(db: Db, organisationId?: string) {
  let query = db
    .selectFrom('organisation_profile')
    .select(['organisation_id', 'logo_updated_at'])
    .where('logo', 'is not', null);
  if (organisationId) query = query.where('organisation_id', '=', organisationId);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.organisation_id, new Date(r.logo_updated_at!)]));
}
