import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import { amsterdamDateOrNull } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { canExportResponses } from '../questionnaires.policy';
import { submittedOfVersion } from '../responses.repository';
import type { ScoreResult } from '../scoring/scoring';
import { flattenAnswers, listAnonymousResponses } from './anonymous-responses';
import { decryptAnswers } from './context';
import { getVersion } from './get-version';

type Cell = string | number | null;

/**
 * Response-level export of one version, only where the instrument allows it
 * (never personal or commissioned instruments): one row per response with the
 * section scores and, when `exportResponses` is "answers", the structured
 * answers as flat columns. Free text is never exported. The export is audited.
 */
export async function exportResponses(ctx: UseCaseContext, versionId: string) {
  const { db, keyring, scope } = ctx;
  const { version, definition } = await getVersion(ctx, versionId);
  const privacy = definition.privacy;
  if (!canExportResponses(privacy, scope)) {
    throw new AppError(
      'forbidden',
      'Van deze vragenlijst mogen geen antwoorden per persoon worden geëxporteerd.',
    );
  }
  const withAnswers = privacy.exportResponses === 'answers';
  const sectionIds = definition.sections.map((s) => s.id);
  const scoreCells = (scores: ScoreResult | null): Record<string, Cell> => {
    if (!scores) return {};
    const out: Record<string, Cell> = { total: scores.total };
    for (const id of sectionIds)
      out[`score.${id}`] = scores.sections.find((s) => s.id === id)?.score ?? null;
    return out;
  };
  const rows: Record<string, Cell>[] = [];
  if (privacy.respondent === 'anonymous') {
    for (const r of await listAnonymousResponses(db, scope.organisationId, {
      versionId: version.id,
      definition,
    })) {
      rows.push({
        receivedOn: r.receivedOn,
        ...(r.attributes as Record<string, Cell>),
        ...scoreCells(r.scores),
        ...(withAnswers ? r.columns : {}),
      });
    }
  } else {
    for (const r of await submittedOfVersion(db, scope.organisationId, version.id)) {
      const answers = withAnswers
        ? await decryptAnswers(db, keyring, scope.organisationId, r.answers_enc)
        : null;
      rows.push({
        submittedOn: amsterdamDateOrNull(r.submitted_at),
        ...scoreCells(r.scores as ScoreResult | null),
        ...(answers ? flattenAnswers(definition, answers) : {}),
      });
    }
  }
  await db.transaction().execute((trx) =>
    audit(trx, ctx, 'questionnaire.export_responses', {
      type: 'questionnaire_version',
      id: version.id,
    }),
  );
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { columns, rows };
}
