import { AppError, invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { findDistrict } from '../../districts';
import { updateIncident } from '../reports.repository';
import { changeCase } from './with-case';

/**
 * A handler records the wijk or buurt of a report that happened in a public place (or clears
 * it). The code must be one of the organisation's loaded districts; audited, on the timeline.
 */
export async function setIncidentDistrict(
  ctx: UseCaseContext,
  incidentId: string,
  input: { code: string | null },
) {
  return changeCase(ctx, incidentId, async (trx, row) => {
    if (row.location !== 'public') {
      throw new AppError(
        'conflict',
        'Een wijk of buurt hoort alleen bij een incident op een openbare plek.',
      );
    }
    const district = input.code
      ? await findDistrict(trx, ctx.scope.organisationId, input.code)
      : null;
    if (input.code && !district) {
      throw invalidField(
        'body.code',
        'Deze wijk of buurt is niet geladen; kies er een uit de lijst.',
      );
    }
    await updateIncident(trx, ctx.scope.organisationId, incidentId, {
      district_code: district?.code ?? null,
    });
    return {
      action: 'incident.district',
      event: {
        type: district ? 'district_set' : 'district_cleared',
        note: district ? `${district.name} (${district.code})` : null,
      },
    };
  });
}
