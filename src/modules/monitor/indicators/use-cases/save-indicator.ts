import { audit } from '../../../../platform/audit/audit';
import { AppError } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { questionIdsOf } from '../../responses/survey-questionnaire';
import type { IndicatorDefinition } from '../../results/wave-data';
import { requireStatus, requireWave } from '../../waves/load-wave';
import { acceptsIndicatorChanges } from '../../waves/wave-status';
import { questionsOf } from '../indicator-condition';
import { deleteIndicator, upsertIndicator } from '../indicators.repository';

/**
 * Define (or redefine) an indicator of a wave. Its conditions may only read
 * questions the wave's questionnaire asks, so a typo cannot silently make an
 * indicator "unknown" for everyone. Imported microdata carries indicator values
 * directly and is not affected by the conditions.
 */
export async function saveIndicator(
  ctx: UseCaseContext,
  waveId: string,
  definition: IndicatorDefinition,
) {
  const { db, scope, origin } = ctx;
  return db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    requireStatus(wave, acceptsIndicatorChanges, 'Een indicator wijzigen');
    const asked = new Set(await questionIdsOf(trx, scope.organisationId, wave.questionnaire_key));
    const read = [
      ...questionsOf(definition.condition),
      ...(definition.baseCondition ? questionsOf(definition.baseCondition) : []),
    ];
    const unknown = [...new Set(read)].filter((q) => !asked.has(q));
    if (unknown.length > 0) {
      throw new AppError(
        'validation_failed',
        `De vragenlijst van deze meting stelt geen vraag ${unknown.join(', ')}.`,
        {
          fields: [{ field: 'body.condition', message: `onbekende vraag: ${unknown.join(', ')}` }],
        },
      );
    }
    const row = await upsertIndicator(trx, scope.organisationId, waveId, {
      ...definition,
      questions: [...new Set(read)],
    });
    await audit(trx, { ...scope, origin }, 'monitor.indicator.save', {
      type: 'monitor_indicator',
      id: row.id,
    });
    return row;
  });
}

/** Remove an indicator from a wave that is not yet published. */
export async function removeIndicator(ctx: UseCaseContext, waveId: string, key: string) {
  const { db, scope, origin } = ctx;
  return db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    requireStatus(wave, acceptsIndicatorChanges, 'Een indicator verwijderen');
    if (!(await deleteIndicator(trx, scope.organisationId, waveId, key))) {
      throw new AppError('not_found', 'Deze indicator bestaat niet in deze meting.');
    }
    await audit(trx, { ...scope, origin }, 'monitor.indicator.delete', {
      type: 'monitor_wave',
      id: waveId,
    });
  });
}
