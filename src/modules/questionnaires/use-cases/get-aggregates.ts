import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { localise } from '../definition/definition-model';
import { canSeeAggregates } from '../questionnaires.policy';
import { findQuestionnaire, listVersions } from '../questionnaires.repository';
import { listAnonymous, organisationScores } from '../responses.repository';
import { definitionOf } from './context';

interface ScoreLike {
  total: number | null;
  sections: { id: string; score: number | null }[];
}

/**
 * The organisation's aggregated scores of an instrument: averages per section
 * and in total, only for roles the instrument names and only from at least
 * `minResponses` responses. Team instruments count every submitted response;
 * personal ones only the anonymous copies respondents opted in to.
 */
export async function getAggregates(
  ctx: UseCaseContext,
  questionnaireId: string,
  locale: 'nl' | 'en',
) {
  const { db, scope } = ctx;
  const questionnaire = await findQuestionnaire(db, scope.organisationId, questionnaireId);
  if (!questionnaire) throw notFound('Deze vragenlijst');
  const versions = (await listVersions(db, questionnaire.organisation_id, questionnaire.id)).filter(
    (v) => v.status === 'published',
  );
  const latest = versions[0];
  if (!latest) throw notFound('Deze vragenlijst');
  const definition = definitionOf(latest);
  const privacy = definition.privacy;
  if (!canSeeAggregates(privacy, scope)) {
    throw new AppError('forbidden', 'U kunt de overzichten van deze vragenlijst niet inzien.');
  }
  const rows: ScoreLike[] =
    privacy.aggregates.consent === 'opt_in'
      ? (
          await listAnonymous(
            db,
            scope.organisationId,
            versions.map((v) => v.id),
            'opt_in_scores',
          )
        ).map((r) => r.scores as ScoreLike)
      : (await organisationScores(db, scope.organisationId, questionnaire.key)).map(
          (r) => r.scores as ScoreLike,
        );
  const min = privacy.aggregates.minResponses;
  await db.transaction().execute((trx) =>
    audit(trx, ctx, 'questionnaire.read_aggregates', {
      type: 'questionnaire',
      id: questionnaireId,
    }),
  );
  const suppressed = rows.length < min;
  const mean = (xs: (number | null | undefined)[]) => {
    const v = xs.filter((x): x is number => typeof x === 'number');
    return v.length > 0 ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10 : null;
  };
  return {
    key: questionnaire.key,
    minResponses: min,
    suppressed,
    responses: suppressed ? null : rows.length,
    total: suppressed ? null : mean(rows.map((r) => r.total)),
    sections: suppressed
      ? []
      : definition.sections.map((s) => ({
          id: s.id,
          title: localise(s.title, locale),
          average: mean(rows.map((r) => r.sections.find((x) => x.id === s.id)?.score)),
        })),
  };
}
