import type { Db } from '../../../../db/database';
import { audit, personActor } from '../../../../platform/audit/audit';
import { isRole, type Role } from '../../../../platform/auth/roles';
import { safeEqual, sha256 } from '../../../../platform/auth/tokens';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import { addRoles } from '../../../../platform/identity';
import { findOpenInvitation, markAccepted } from '../invitations.repository';
import { emailHash } from './invite-member';

/** An open invitation for this token, or the 404 every unusable token gets. */
export async function openInvitation(db: Db, token: string) {
  const row = await findOpenInvitation(db, sha256(token), new Date());
  if (!row) throw notFound('Deze uitnodiging');
  return { ...row, roles: (row.roles as string[]).filter(isRole) as Role[] };
}

/**
 * Accept an invitation as the logged-in person. The token alone is not enough:
 * the person must be signed in with the invited address, so a forwarded or
 * intercepted link does not let someone else in, and nobody joins an
 * organisation without doing this themselves.
 */
export async function acceptInvitation(
  db: Db,
  person: { personId: string; email: string },
  token: string,
  origin: string,
) {
  return db.transaction().execute(async (trx) => {
    const invitation = await openInvitation(trx, token);
    if (!safeEqual(invitation.email_hash, emailHash(person.email))) {
      throw new AppError(
        'forbidden',
        'Deze uitnodiging is voor een ander e-mailadres. Log in met het account van dat adres.',
      );
    }
    await completeAcceptance(trx, invitation, person.personId, origin);
    return { organisationId: invitation.organisation_id, roles: invitation.roles };
  });
}

/** Mark accepted, grant the roles and audit; one winner when two accept at once. */
export async function completeAcceptance(
  db: Db,
  invitation: { organisation_id: string; id: string; roles: Role[] },
  personId: string,
  origin: string,
) {
  if (!(await markAccepted(db, invitation.organisation_id, invitation.id, personId))) {
    throw notFound('Deze uitnodiging');
  }
  if (invitation.roles.length > 0) {
    await addRoles(db, invitation.organisation_id, personId, invitation.roles);
  }
  await audit(
    db,
    personActor(invitation.organisation_id, personId, origin),
    'member.invitation_accepted',
    { type: 'invitation', id: invitation.id },
  );
}
