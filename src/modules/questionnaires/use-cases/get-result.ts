import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { toolkitTitles } from '../../toolkit';
import { findVersionByOwner } from '../questionnaires.repository';
import type { ResponseRow } from '../questionnaires.tables';
import {
  findPreviousSubmitted,
  latestScoresPerOrganisation,
  organisationName,
} from '../responses.repository';
import {
  composeResult,
  computeBenchmark,
  toolkitKeysOf,
  withToolkitTitles,
} from '../results/compose-result';
import { renderResultPdf } from '../results/result-pdf';
import type { ScoreResult } from '../scoring/scoring';
import { loadResponse } from './context';

async function scoresOf(db: Db, keyring: KeyRing, organisationId: string, row: ResponseRow) {
  if (row.scores) return row.scores as ScoreResult;
  if (!row.result_enc) return null;
  return JSON.parse(await keyring.decryptText(db, organisationId, row.result_enc)) as ScoreResult;
}

/**
 * The result of a submitted response: scores, advice, actions, the change
 * since the previous attempt (the same person, same instrument) and — for
 * instruments that allow it, once enough organisations of the same type took
 * the same version — the peer benchmark. The read is audited.
 */
export async function getResult(
  ctx: UseCaseContext,
  responseId: string,
  locale: 'nl' | 'en',
  action = 'questionnaire_response.read_result',
) {
  const { db, keyring, scope } = ctx;
  return db.transaction().execute(async (trx) => {
    const loaded = await loadResponse(trx, scope, responseId);
    const { response, definition, version } = loaded;
    if (!loaded.access.readResult)
      throw new AppError('forbidden', 'U kunt dit resultaat niet inzien.');
    if (response.status !== 'submitted') {
      throw new AppError(
        'conflict',
        'Deze vragenlijst is nog niet ingeleverd; er is nog geen resultaat.',
      );
    }
    const scores = await scoresOf(trx, keyring, scope.organisationId, response);
    if (!scores) throw new AppError('internal', 'Het resultaat ontbreekt.');
    let previous = null;
    if (scope.actorType === 'person') {
      const prev = await findPreviousSubmitted(trx, scope.organisationId, response, scope.actorId);
      const prevScores = prev ? await scoresOf(trx, keyring, scope.organisationId, prev) : null;
      if (prev && prevScores) {
        const prevVersion = await findVersionByOwner(trx, prev.version_owner_id, prev.version_id);
        previous = {
          scores: prevScores,
          submittedAt: new Date(prev.submitted_at!),
          version: prevVersion?.version ?? 0,
        };
      }
    }
    let benchmark = null;
    if (definition.privacy.benchmark.enabled) {
      const rows = await latestScoresPerOrganisation(
        trx,
        response.version_owner_id,
        response.version_id,
        scope.organisationType,
      );
      benchmark = computeBenchmark(rows, definition.privacy.benchmark.minOrganisations);
    }
    await audit(trx, ctx, action, { type: 'questionnaire_response', id: responseId });
    const result = composeResult(definition, scores, locale, { previous, benchmark });
    const titles = await toolkitTitles(trx, toolkitKeysOf(result));
    return { ...loaded, version, scores, result: withToolkitTitles(result, titles) };
  });
}

/** The result as a tagged PDF. */
export async function getResultPdf(ctx: UseCaseContext, responseId: string, locale: 'nl' | 'en') {
  const { db, scope } = ctx;
  const loaded = await getResult(ctx, responseId, locale, 'questionnaire_response.download_pdf');
  const organisation = await organisationName(db, scope.organisationId);
  const day = (d: Date) =>
    d.toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', { timeZone: 'Europe/Amsterdam' });
  const title =
    locale === 'en'
      ? (loaded.definition.title.en ?? loaded.definition.title.nl)
      : loaded.definition.title.nl;
  const pdf = await renderResultPdf({
    title,
    organisationName: organisation,
    version: loaded.version.version,
    submittedAt: day(new Date(loaded.response.submitted_at!)),
    generatedAt: day(new Date()),
    locale,
    result: loaded.result,
  });
  return { pdf, key: loaded.definition.key };
}
