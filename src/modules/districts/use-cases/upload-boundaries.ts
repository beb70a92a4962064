import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { parseBoundaries } from '../boundaries';
import { replaceBoundaries } from '../districts.repository';
import type { BoundariesBody } from '../districts.schemas';
import { listDistrictsIn } from './list-districts';

/** Only a municipality has CBS wijken and buurten. */
export function municipalityCodeOf(ctx: UseCaseContext): string {
  const { organisationType, organisationCode } = ctx.scope;
  if (organisationType !== 'gemeente' || !/^GM\d{4}$/i.test(organisationCode)) {
    throw new AppError(
      'unprocessable',
      'Wijken en buurten horen bij een gemeente; deze organisatie is geen gemeente.',
    );
  }
  return organisationCode.toUpperCase();
}

/**
 * The organisation admin uploads the wijk/buurt boundaries: checked and projected to SVG
 * paths once, replacing the previous outlines (context figures of areas that stay are kept).
 */
export async function uploadBoundaries(ctx: UseCaseContext, body: BoundariesBody) {
  const gm = municipalityCodeOf(ctx);
  const parsed = parseBoundaries(body.content, gm);
  if (!parsed.ok) {
    throw new AppError('validation_failed', parsed.problems[0]!.message, {
      fields: parsed.problems.map((p) => ({ field: 'body.content', message: p.message })),
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    await replaceBoundaries(trx, ctx.scope.organisationId, parsed.value, body.fileName ?? null);
    await audit(trx, ctx, 'districts.boundaries.update', {
      type: 'organisation',
      id: ctx.scope.organisationId,
    });
    ctx.logger.info(
      { districts: parsed.value.districts.length, crs: parsed.value.crs },
      'district boundaries loaded',
    );
    return listDistrictsIn(trx, ctx.scope.organisationId);
  });
}
