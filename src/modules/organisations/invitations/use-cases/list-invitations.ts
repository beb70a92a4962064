import type { Db } from '../../../../db/database';
import type { Role } from '../../../../platform/auth/roles';
import type { KeyRing } from '../../../../platform/crypto/keyring';
import { listOpenInvitations } from '../invitations.repository';

/** The organisation's open invitations, addresses decrypted for its admins. */
export async function listInvitations(deps: { db: Db; keyring: KeyRing }, organisationId: string) {
  const rows = await listOpenInvitations(deps.db, organisationId, new Date());
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      email: await deps.keyring.decryptText(deps.db, organisationId, row.email_enc),
      roles: row.roles as Role[],
      createdAt: new Date(row.created_at).toISOString(),
      expiresAt: new Date(row.expires_at).toISOString(),
    })),
  );
}
