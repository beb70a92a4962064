import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors/app-error';
import { findOrganisationByCode } from '../../platform/identity';

/**
 * The support team organisation: the one whose code is SUPPORT_TEAM_CODE (default RK-OWB,
 * ADR 0039). A request cannot be sent while the platform has no such organisation.
 */
export async function supportTeam(db: Db, code: string) {
  const team = await findOrganisationByCode(db, code);
  if (!team) {
    throw new AppError(
      'conflict',
      'Het Ondersteuningsteam Weerbaar Bestuur is op dit platform nog niet ingericht. Neem contact op met de platformbeheerder.',
    );
  }
  return team;
}
