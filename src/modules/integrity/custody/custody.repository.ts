import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import { memberNames, withPeople } from '../../../platform/identity';
import type { IntegrityKeyRecoveryTable, IntegrityKeyShareTable } from './custody.tables';

export async function isCustodian(db: Db, organisationId: string, personId: string) {
  const row = await db
    .selectFrom('integrity_custodian')
    .select(['person_id'])
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return !!row;
}

export async function listCustodians(db: Db, organisationId: string) {
  const rows = await db
    .selectFrom('integrity_custodian as c')
    .select(['c.person_id', 'c.designated_at'])
    .where('c.organisation_id', '=', organisationId)
    .execute();
  return withPeople(
    db,
    rows,
    (r) => r.person_id,
    { display_name: 'display_name', email: 'email' },
    'byName',
  );
}

/** Person ids among `ids` that are members of the organisation (any role). */
export { membersAmong } from '../../../platform/identity';

export async function replaceCustodians(
  db: Db,
  organisationId: string,
  personIds: readonly string[],
  designatedBy: string,
) {
  await db
    .deleteFrom('integrity_custodian')
    .where('organisation_id', '=', organisationId)
    .where('person_id', 'not in', [...personIds])
    .execute();
  await db
    .insertInto('integrity_custodian')
    .values(
      personIds.map((person_id) => ({
        organisation_id: organisationId,
        person_id,
        designated_by: designatedBy,
      })),
    )
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id']).doNothing())
    .execute();
}

export async function findCurrentShareSet(db: Db, organisationId: string) {
  return db
    .selectFrom('integrity_key_share_set')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('superseded_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function supersedeShareSets(db: Db, organisationId: string, now: Date) {
  await db
    .updateTable('integrity_key_share_set')
    .set({ superseded_at: now })
    .where('organisation_id', '=', organisationId)
    .where('superseded_at', 'is', null)
    .execute();
  // Shares of a superseded split that were never collected are wiped: nobody needs them.
  await db
    .updateTable('integrity_key_share')
    .set({ share_enc: null })
    .where('organisation_id', '=', organisationId)
    .where('share_enc', 'is not', null)
    .execute();
}

export async function insertShareSet(
  db: Db,
  values: {
    organisation_id: string;
    key_versions: number[];
    threshold: number;
    share_count: number;
    check_value: string;
    created_by: string;
  },
) {
  return db
    .insertInto('integrity_key_share_set')
    .values({ ...values, superseded_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertShare(db: Db, values: Insertable<IntegrityKeyShareTable>) {
  await db.insertInto('integrity_key_share').values(values).execute();
}

export async function listShares(db: Db, organisationId: string, setId: string) {
  const rows = await db
    .selectFrom('integrity_key_share as s')
    .select(['s.x', 's.custodian_id', 's.collected_at'])
    .where('s.organisation_id', '=', organisationId)
    .where('s.set_id', '=', setId)
    .orderBy('s.x')
    .execute();
  return withPeople(db, rows, (r) => r.custodian_id, { display_name: 'display_name' });
}

export async function findShare(
  db: Db,
  organisationId: string,
  setId: string,
  where: { x?: number; custodianId?: string },
  forUpdate = false,
) {
  let q = db
    .selectFrom('integrity_key_share')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('set_id', '=', setId);
  if (where.x !== undefined) q = q.where('x', '=', where.x);
  if (where.custodianId) q = q.where('custodian_id', '=', where.custodianId);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function markShareCollected(
  db: Db,
  organisationId: string,
  setId: string,
  x: number,
  now: Date,
) {
  await db
    .updateTable('integrity_key_share')
    .set({ share_enc: null, collected_at: now })
    .where('organisation_id', '=', organisationId)
    .where('set_id', '=', setId)
    .where('x', '=', x)
    .execute();
}

export async function findOpenRecovery(db: Db, organisationId: string, forUpdate = false) {
  let q = db
    .selectFrom('integrity_key_recovery')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'collecting');
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findLatestRecovery(db: Db, organisationId: string) {
  return db
    .selectFrom('integrity_key_recovery')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
}

export async function insertRecovery(db: Db, values: Insertable<IntegrityKeyRecoveryTable>) {
  return db
    .insertInto('integrity_key_recovery')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateRecovery(
  db: Db,
  organisationId: string,
  id: string,
  patch: Updateable<IntegrityKeyRecoveryTable>,
) {
  return db
    .updateTable('integrity_key_recovery')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Expire recoveries left half-way, wiping the waiting share. */
export async function expireRecoveries(db: Db, now: Date) {
  const result = await db
    .updateTable('integrity_key_recovery')
    .set({ status: 'expired', first_share_sealed: null })
    .where('status', '=', 'collecting')
    .where('expires_at', '<', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Members of the organisation who could be designated custodian (name only). */
export async function listMemberNames(db: Db, organisationId: string) {
  return memberNames(db, organisationId);
}
