import { audit } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';
import { decryptAnswers, loadResponse, participantNames } from './context';

/** A response with its answers, for someone who may read them; the read is audited. */
export async function getResponse(ctx: UseCaseContext, responseId: string) {
  const { db, keyring, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    const loaded = await loadResponse(trx, scope, responseId);
    const answers = loaded.access.readAnswers
      ? await decryptAnswers(trx, keyring, scope.organisationId, loaded.response.answers_enc)
      : null;
    const names = await participantNames(trx, loaded);
    await audit(trx, ctx, 'questionnaire_response.read', {
      type: 'questionnaire_response',
      id: responseId,
    });
    return { ...loaded, answers, names };
  });
}
