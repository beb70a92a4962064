/** SQL of the organisation's headcount (office holders and employees). */

import type { Db } from '../../db/database';

export interface Headcount {
  officeHolders: number;
  employees: number;
}

export async function findHeadcount(db: Db, organisationId: string): Promise<Headcount | null> {
  const row = await db
    .selectFrom('insight_headcount')
    .select(['office_holders', 'employees'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ? { officeHolders: row.office_holders, employees: row.employees } : null;
}

export async function saveHeadcount(db: Db, organisationId: string, h: Headcount): Promise<void> {
  await db
    .insertInto('insight_headcount')
    .values({
      organisation_id: organisationId,
      office_holders: h.officeHolders,
      employees: h.employees,
    })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        office_holders: h.officeHolders,
        employees: h.employees,
        updated_at: new Date(),
      }),
    )
    .execute();
}
