/** SQL of the people a report refers to: the organisation's handlers and a reporter. */

import type { Db } from '../../db/database';

export async function listHandlers(db: Db, organisationId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(['person.id', 'person.display_name', 'person.email'])
    .where('membership.organisation_id', '=', organisationId)
    .where('membership.role', '=', 'handler')
    .orderBy('person.display_name')
    .execute();
}

export async function findPerson(db: Db, personId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'display_name', 'email'])
    .where('id', '=', personId)
    .executeTakeFirst();
}
