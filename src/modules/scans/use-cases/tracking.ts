import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/auth/actor';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { AppError, type FieldError, notFound } from '../../../platform/errors/app-error';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import {
  type LoadedResponse,
  loadResponse,
  participantNames,
  participationsOf,
} from '../../questionnaires';
import { refuseTransition } from '../candidate-stage';
import { SCAN_KEYS } from '../definitions';
import { canReadTracking, canUpdateTracking } from '../scans.policy';
import { EMPTY_TRACKING, presentRiskAnalysis, type TrackingDetails } from '../scans.presenter';
import { findRiskAnalysis, listRiskAnalyses, updateRiskAnalysis } from '../scans.repository';
import type { CandidateStage, RiskAnalysisRow } from '../scans.tables';

async function decryptTracking(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  row: RiskAnalysisRow,
) {
  if (!row.tracking_enc) return { ...EMPTY_TRACKING };
  return {
    ...EMPTY_TRACKING,
    ...(JSON.parse(
      await keyring.decryptText(db, organisationId, row.tracking_enc),
    ) as TrackingDetails),
  };
}

/** An analysis the actor takes part in (404 otherwise: its existence is confidential). */
async function loadAnalysis(db: Db, scope: Scope, responseId: string, lock = false) {
  const loaded: LoadedResponse = await loadResponse(db, scope, responseId, { lock });
  const row = await findRiskAnalysis(db, scope.organisationId, responseId, lock);
  if (!row || !canReadTracking(loaded.myRole)) throw notFound('Deze risicoanalyse');
  return { loaded, row };
}

/** Analyses the logged-in person commissioned, was designated for, or is the candidate in. */
export async function listRiskAnalysesFor(ctx: UseCaseContext) {
  const { db, scope } = ctx;
  if (scope.actorType !== 'person') return [];
  const mine = await participationsOf(
    db,
    scope.organisationId,
    scope.actorId,
    SCAN_KEYS.integrityRiskAnalysis,
  );
  const rows = await listRiskAnalyses(
    db,
    scope.organisationId,
    mine.map((m) => m.responseId),
  );
  const out = [];
  for (const row of rows) {
    const loaded = await loadResponse(db, scope, row.response_id);
    if (!canReadTracking(loaded.myRole)) continue;
    const names = await participantNames(db, loaded);
    out.push(presentRiskAnalysis(row, loaded, names, null, canUpdateTracking(loaded.myRole)));
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** One analysis with its tracking (dates and notes, decrypted); the read is audited. */
export async function getRiskAnalysis(ctx: UseCaseContext, responseId: string) {
  const { db, keyring, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    const { loaded, row } = await loadAnalysis(trx, scope, responseId);
    const tracking = await decryptTracking(trx, keyring, scope.organisationId, row);
    const names = await participantNames(trx, loaded);
    await audit(trx, ctx, 'risk_analysis.read', {
      type: 'questionnaire_response',
      id: responseId,
    });
    return presentRiskAnalysis(row, loaded, names, tracking, canUpdateTracking(loaded.myRole));
  });
}

const DEFAULT_DATE: Partial<Record<CandidateStage, keyof TrackingDetails>> = {
  discussed: 'discussionOn',
  advice_given: 'adviceOn',
  appointed: 'decisionOn',
  not_appointed: 'decisionOn',
};

/**
 * Record a stage and/or dates (commissioner or designated officer). Dates may
 * not lie in the future, the VOG cannot be received before it was requested,
 * and the stage machine decides which moves are allowed.
 */
export async function updateTracking(
  ctx: UseCaseContext,
  responseId: string,
  patch: Partial<TrackingDetails> & { stage?: CandidateStage },
) {
  const { db, keyring, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    const { loaded, row } = await loadAnalysis(trx, scope, responseId, true);
    if (!canUpdateTracking(loaded.myRole)) {
      throw new AppError(
        'forbidden',
        'Alleen de opdrachtgever en de aangewezen functionaris houden de voortgang bij.',
      );
    }
    const current = await decryptTracking(trx, keyring, scope.organisationId, row);
    const { stage: nextStage, ...dates } = patch;
    const next: TrackingDetails = { ...current, ...dates };
    const today = amsterdamDate(new Date());
    const stage = nextStage ?? row.stage;
    const dateField = DEFAULT_DATE[stage];
    if (nextStage && nextStage !== row.stage && dateField && !next[dateField])
      next[dateField] = today;
    const errors: FieldError[] = [];
    for (const key of [
      'vogRequestedOn',
      'vogReceivedOn',
      'discussionOn',
      'adviceOn',
      'decisionOn',
    ] as const) {
      const v = next[key];
      if (v && v > today)
        errors.push({ field: `body.${key}`, message: 'Deze datum ligt in de toekomst.' });
    }
    if (next.vogRequestedOn && next.vogReceivedOn && next.vogReceivedOn < next.vogRequestedOn) {
      errors.push({
        field: 'body.vogReceivedOn',
        message: 'De VOG kan niet zijn ontvangen voordat hij is aangevraagd.',
      });
    }
    // The VOG is mandatory for an appointment: it can neither be left out when the
    // appointment is recorded nor be cleared afterwards.
    if (stage === 'appointed' && !next.vogReceivedOn && row.stage === 'appointed') {
      errors.push({
        field: 'body.vogReceivedOn',
        message: 'Bij een benoeming is de datum van ontvangst van de VOG verplicht.',
      });
    }
    const refusal = refuseTransition(row.stage, stage, {
      questionnaireSubmitted: loaded.response.status === 'submitted',
      vogReceivedOn: next.vogReceivedOn,
    });
    if (refusal) errors.push({ field: 'body.stage', message: refusal });
    if (errors.length > 0) {
      throw new AppError('validation_failed', errors[0]!.message, { fields: errors });
    }
    const updated = await updateRiskAnalysis(trx, scope.organisationId, responseId, {
      stage,
      trackingEnc: await keyring.encryptText(
        trx,
        scope.organisationId,
        JSON.stringify(next),
        'integrity',
      ),
    });
    await audit(trx, ctx, 'risk_analysis.update_tracking', {
      type: 'questionnaire_response',
      id: responseId,
    });
    const names = await participantNames(trx, loaded);
    return presentRiskAnalysis(updated, loaded, names, next, true);
  });
}
