import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/auth/actor';
import { AppError } from '../../../platform/errors/app-error';
import { deleteParticipantsWithRole, insertParticipants } from '../responses.repository';
import { loadResponse } from './context';
import { resolveTeam } from './start-response';

/** Replace the colleagues of a team response (the owner only, while it is open). */
export async function setTeam(
  db: Db,
  scope: Scope,
  responseId: string,
  emails: string[],
  origin: string,
) {
  return db.transaction().execute(async (trx) => {
    const loaded = await loadResponse(trx, scope, responseId, { lock: true });
    if (!loaded.access.manageTeam) {
      throw new AppError(
        'forbidden',
        'Alleen wie deze vragenlijst startte kan het team aanpassen, zolang hij open is.',
      );
    }
    const ids = await resolveTeam(trx, scope, emails);
    await deleteParticipantsWithRole(trx, scope.organisationId, responseId, 'member');
    await insertParticipants(
      trx,
      scope.organisationId,
      responseId,
      ids.map((personId) => ({ personId, role: 'member' as const })),
    );
    await audit(trx, { scope, origin }, 'questionnaire_response.set_team', {
      type: 'questionnaire_response',
      id: responseId,
    });
    return ids.length;
  });
}
