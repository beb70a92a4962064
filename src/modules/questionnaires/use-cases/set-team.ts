import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { deleteParticipantsWithRole, insertParticipants } from '../responses.repository';
import { loadResponse } from './context';
import { resolveTeam } from './start-response';

/** Replace the colleagues of a team response (the owner only, while it is open). */
export async function setTeam(ctx: UseCaseContext, responseId: string, emails: string[]) {
  const { db, scope } = ctx;
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
    await audit(trx, ctx, 'questionnaire_response.set_team', {
      type: 'questionnaire_response',
      id: responseId,
    });
    return ids.length;
  });
}
