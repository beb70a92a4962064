import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { deleteResponse, eraseExpired } from '../responses.repository';
import { loadResponse } from './context';

/** Erase a response for good (the owner of a personal or team response, or the commissioner). */
export async function eraseResponse(ctx: UseCaseContext, responseId: string) {
  const { db, scope } = ctx;
  await db.transaction().execute(async (trx) => {
    const loaded = await loadResponse(trx, scope, responseId, { lock: true });
    if (!loaded.access.erase)
      throw new AppError('forbidden', 'U kunt deze vragenlijst niet verwijderen.');
    await deleteResponse(trx, scope.organisationId, responseId);
    await audit(trx, ctx, 'questionnaire_response.erase', {
      type: 'questionnaire_response',
      id: responseId,
    });
  });
}

/** Retention: erase every response past its instrument's retention period. Returns how many. */
export async function eraseExpiredResponses(db: Db, now = new Date()) {
  return eraseExpired(db, now);
}
