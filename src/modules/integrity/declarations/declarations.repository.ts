import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import { withPeople } from '../../../platform/identity';
import type {
  DeclarationStatus,
  IntegrityDeclarationTable,
  IntegrityOfficeHolderTable,
} from './declarations.tables';

export async function upsertOfficeHolder(db: Db, values: Insertable<IntegrityOfficeHolderTable>) {
  const { organisation_id, person_id, ...rest } = values;
  return db
    .insertInto('integrity_office_holder')
    .values(values)
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id']).doUpdateSet(rest))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findOfficeHolder(db: Db, organisationId: string, personId: string) {
  const row = await db
    .selectFrom('integrity_office_holder as h')
    .selectAll('h')
    .where('h.organisation_id', '=', organisationId)
    .where('h.person_id', '=', personId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [named] = await withPeople(db, [row], (r) => r.person_id, { display_name: 'display_name' });
  return named;
}

export async function listOfficeHolders(db: Db, organisationId: string) {
  const rows = await db
    .selectFrom('integrity_office_holder as h')
    .selectAll('h')
    .where('h.organisation_id', '=', organisationId)
    .execute();
  return withPeople(db, rows, (r) => r.person_id, { display_name: 'display_name' }, 'byName');
}

export async function confirmDeclarations(
  db: Db,
  organisationId: string,
  personId: string,
  now: Date,
) {
  await db
    .updateTable('integrity_office_holder')
    .set({ last_confirmed_at: now })
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .execute();
}

export { isMember } from '../../../platform/identity';

export async function insertDeclaration(db: Db, values: Insertable<IntegrityDeclarationTable>) {
  return db
    .insertInto('integrity_declaration')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findDeclaration(
  db: Db,
  organisationId: string,
  id: string,
  forUpdate = false,
) {
  let q = db
    .selectFrom('integrity_declaration')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function updateDeclaration(
  db: Db,
  organisationId: string,
  id: string,
  patch: Updateable<IntegrityDeclarationTable>,
) {
  return db
    .updateTable('integrity_declaration')
    .set({ ...patch, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listDeclarations(
  db: Db,
  organisationId: string,
  filter: { personId?: string; status?: DeclarationStatus; statuses?: DeclarationStatus[] } = {},
) {
  let q = db
    .selectFrom('integrity_declaration as d')
    .selectAll('d')
    .where('d.organisation_id', '=', organisationId);
  if (filter.personId) q = q.where('d.person_id', '=', filter.personId);
  if (filter.status) q = q.where('d.status', '=', filter.status);
  if (filter.statuses) q = q.where('d.status', 'in', filter.statuses);
  const rows = await q.orderBy('d.start_on', 'desc').execute();
  return withPeople(db, rows, (r) => r.person_id, { display_name: 'display_name' }, 'byName');
}

export async function upsertIncome(
  db: Db,
  organisationId: string,
  declarationId: string,
  year: number,
  amountCents: number,
) {
  await db
    .insertInto('integrity_side_income')
    .values({
      organisation_id: organisationId,
      declaration_id: declarationId,
      year,
      amount_cents: amountCents,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'declaration_id', 'year'])
        .doUpdateSet({ amount_cents: amountCents, reported_at: new Date() }),
    )
    .execute();
}

export async function listIncome(db: Db, organisationId: string) {
  return db
    .selectFrom('integrity_side_income')
    .select(['declaration_id', 'year', 'amount_cents'])
    .where('organisation_id', '=', organisationId)
    .orderBy('year', 'desc')
    .execute();
}

/** The office holders' terms in an organisation: person, office and since/until (no names). */
export async function officeHolderTerms(db: Db, organisationId: string) {
  return db
    .selectFrom('integrity_office_holder')
    .select(['person_id', 'office', 'since', 'until'])
    .where('organisation_id', '=', organisationId)
    .execute();
}
