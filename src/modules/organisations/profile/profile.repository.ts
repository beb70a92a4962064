import type { Db } from '../../../db/database';

export async function findContact(db: Db, organisationId: string) {
  const row = await db
    .selectFrom('organisation_profile')
    .select('contact_enc')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.contact_enc ?? null;
}

export async function saveContact(db: Db, organisationId: string, contactEnc: string | null) {
  await db
    .insertInto('organisation_profile')
    .values({ organisation_id: organisationId, contact_enc: contactEnc })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ contact_enc: contactEnc, updated_at: new Date() }),
    )
    .execute();
}
