import type { Db } from '../../../../db/database';
import { audit, type OrganisationActor } from '../../../../platform/audit/audit';
import { AppError, invalidField } from '../../../../platform/errors/app-error';
import { defaultIndicators } from '../../indicators/default-indicators';
import { upsertIndicator } from '../../indicators/indicators.repository';
import { MIN_CELL_SIZE } from '../../monitor.constants';
import type { Population } from '../../monitor.tables';
import { CURRENT_QUESTIONNAIRE_KEY } from '../../responses/monitor-questionnaire';
import { currentVersionId } from '../../responses/survey-questionnaire';
import { insertWave } from '../waves.repository';

export interface CreateWaveInput {
  year: number;
  population: Population;
  title?: string;
  questionnaireKey?: string;
  fieldStart: string;
  fieldEnd: string;
  minCellSize?: number;
  synthetic?: boolean;
}

/** Create a wave with the standard indicators of its questionnaire version. */
export async function createWave(
  db: Db,
  scope: OrganisationActor,
  input: CreateWaveInput,
  origin: string,
) {
  const questionnaireKey = input.questionnaireKey ?? CURRENT_QUESTIONNAIRE_KEY;
  // The wave keeps the version that is newest now, so a later version does not change a running survey.
  const versionId = await currentVersionId(db, scope.organisationId, questionnaireKey);
  if (!versionId) {
    throw invalidField(
      'body.questionnaireKey',
      'Van deze vragenlijst is geen gepubliceerde versie.',
    );
  }
  if (input.fieldEnd < input.fieldStart) {
    throw invalidField('body.fieldEnd', 'Het veldwerk kan niet eindigen voordat het begint.');
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const wave = await insertWave(trx, {
        organisationId: scope.organisationId,
        year: input.year,
        population: input.population,
        title: input.title ?? `Monitor Integriteit en Veiligheid ${input.year}`,
        questionnaireKey,
        questionnaireVersionId: versionId,
        fieldStart: input.fieldStart,
        fieldEnd: input.fieldEnd,
        minCellSize: input.minCellSize ?? MIN_CELL_SIZE,
        synthetic: input.synthetic,
      });
      for (const d of defaultIndicators(questionnaireKey, input.population)) {
        await upsertIndicator(trx, scope.organisationId, wave.id, d);
      }
      await audit(trx, { ...scope, origin }, 'monitor.wave.create', {
        type: 'monitor_wave',
        id: wave.id,
      });
      return wave;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('conflict', 'Er is al een meting voor dit jaar en deze populatie.', {
        fields: [{ field: 'body.year', message: 'bestaat al voor deze populatie' }],
      });
    }
    throw error;
  }
}
