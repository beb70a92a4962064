import type { Db } from '../../../db/database';
import { appendAudit } from '../../../platform/audit/audit-log';
import type { Scope } from '../../../platform/auth/actor';
import { hashPassword } from '../../../platform/auth/local-login';
import type { Role } from '../../../platform/auth/roles';
import {
  addRoles,
  findPersonByEmail,
  insertPerson,
  memberRoles,
} from '../organisations.repository';

/** Add a person (new or existing) to the organisation with the given roles. */
export async function addMember(
  db: Db,
  scope: Scope,
  input: { email: string; displayName: string; roles: Role[]; password?: string },
  origin: string,
) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction().execute(async (trx) => {
    const person =
      (await findPersonByEmail(trx, input.email)) ??
      (await insertPerson(trx, {
        email: input.email,
        displayName: input.displayName,
        passwordHash,
      }));
    await addRoles(trx, scope.organisationId, person.id, input.roles);
    await appendAudit(trx, {
      organisationId: scope.organisationId,
      actorType: scope.actorType,
      actorId: scope.actorId,
      action: 'member.add',
      objectType: 'person',
      objectId: person.id,
      result: 'success',
      origin,
    });
    return {
      personId: person.id,
      displayName: person.display_name,
      email: person.email,
      roles: (await memberRoles(trx, scope.organisationId, person.id)) as Role[],
    };
  });
}
