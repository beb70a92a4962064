import { anonymousActor, audit } from '../../../../platform/audit/audit';
import { sha256 } from '../../../../platform/auth/tokens';
import type { AppDeps } from '../../../../platform/deps';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import { findByTokenHash, markUsed } from '../../invitations/invitations.repository';
import { JOBS } from '../../monitor.jobs-names';
import { acceptsAnswers } from '../../waves/wave-status';
import { findWave } from '../../waves/waves.repository';
import { insertInbox } from '../responses.repository';
import { loadSurveyQuestionnaire, validateSurveyAnswers } from '../survey-questionnaire';

const TOKEN_SHAPE = /^wbm_[A-Za-z0-9_-]{20,64}$/;

/** The invitation and wave behind a token, or the reason the survey cannot be filled in. */
export async function resolveToken(deps: Pick<AppDeps, 'db'>, token: string) {
  if (!TOKEN_SHAPE.test(token)) throw notFound('Deze uitnodiging');
  const invitation = await findByTokenHash(deps.db, sha256(token));
  if (!invitation) throw notFound('Deze uitnodiging');
  const wave = await findWave(deps.db, invitation.organisation_id, invitation.wave_id);
  if (!wave) throw notFound('Deze uitnodiging');
  if (invitation.used) {
    throw new AppError(
      'conflict',
      'Met deze uitnodiging is de vragenlijst al ingevuld. Dank voor uw deelname!',
      { extra: { reason: 'used' } },
    );
  }
  if (!acceptsAnswers(wave.status)) {
    throw new AppError(
      'conflict',
      'Deze vragenlijst is gesloten; er kunnen geen antwoorden meer worden gegeven.',
      { extra: { reason: 'closed' } },
    );
  }
  return { invitation, wave };
}

/**
 * Store an invitee's answers without any link to them: in one transaction the
 * invitation flips `used` and the answers go to the inbox with only the wave
 * and stratum; the audit entry names the wave, not the invitation. A batch job
 * moves the inbox to the responses later (flush-responses.ts).
 */
export async function submitSurvey(
  deps: Pick<AppDeps, 'db' | 'keyring' | 'jobs'>,
  token: string,
  input: Record<string, unknown>,
  origin: string,
) {
  const { invitation, wave } = await resolveToken(deps, token);
  const questionnaire = await loadSurveyQuestionnaire(deps.db, wave);
  const validated = validateSurveyAnswers(questionnaire, input);
  const orgId = invitation.organisation_id;
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markUsed(trx, orgId, invitation.id))) {
      throw new AppError('conflict', 'Met deze uitnodiging is de vragenlijst al ingevuld.', {
        extra: { reason: 'used' },
      });
    }
    await insertInbox(trx, {
      organisationId: orgId,
      waveId: wave.id,
      stratumId: invitation.stratum_id,
      gender: validated.gender,
      answers: validated.answers,
      openTextEnc: validated.openText
        ? await deps.keyring.encryptText(trx, orgId, validated.openText)
        : null,
    });
    await audit(trx, anonymousActor(orgId, origin), 'monitor.survey.submit', {
      type: 'monitor_wave',
      id: wave.id,
    });
    await deps.jobs.enqueue(
      trx,
      JOBS.flushResponses,
      { organisationId: orgId, waveId: wave.id },
      { singletonKey: `flush:${wave.id}` },
    );
  });
}
