/** The people a report refers to (the organisation's handlers, a reporter), from the platform's identity. */

import type { Db } from '../../db/database';
import { membersWithRoles } from '../../platform/identity';

export { findPerson } from '../../platform/identity';

export async function listHandlers(db: Db, organisationId: string) {
  const rows = await membersWithRoles(db, organisationId, ['handler']);
  return rows.map(({ id, display_name, email }) => ({ id, display_name, email }));
}
