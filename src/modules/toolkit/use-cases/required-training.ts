import { audit } from '../../../platform/audit/audit';
import { invalidField } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { isVisibleIn } from '../toolkit.policy';
import { findItemBySlug, isHidden } from '../toolkit.repository';
import { findRequiredTraining, saveRequiredTraining } from '../training.repository';

type Trx = UseCaseContext['db'];

/**
 * The training every new office holder follows unless the organisation chose another
 * (ADR 0046, 0052): the national "Omgaan met intimidatie en bedreiging", the free training
 * the programme Weerbaar Bestuur offers to every new council member.
 */
export const DEFAULT_REQUIRED_TRAINING_SLUG = 'omgaan-met-intimidatie-en-bedreiging';
/** Months after taking office by which the required training is due, unless chosen. */
export const DEFAULT_REQUIRED_WITHIN_MONTHS = 3;

export interface RequiredTraining {
  item: { slug: string; title: string } | null;
  withinMonths: number;
}

/** The organisation's required training, or the national default where it chose none. */
export async function requiredTrainingOf(
  trx: Trx,
  organisationId: string,
): Promise<RequiredTraining> {
  const chosen = await findRequiredTraining(trx, organisationId);
  const withinMonths = chosen?.within_months ?? DEFAULT_REQUIRED_WITHIN_MONTHS;
  if (chosen?.slug && chosen.title) {
    return { item: { slug: chosen.slug, title: chosen.title }, withinMonths };
  }
  // Nothing chosen, or the chosen item was deleted since: the national default.
  const fallback = await findItemBySlug(trx, DEFAULT_REQUIRED_TRAINING_SLUG);
  return {
    item: fallback ? { slug: fallback.slug, title: fallback.title } : null,
    withinMonths,
  };
}

/**
 * The org admin chooses the training new office holders follow (a training visible in the
 * organisation: national or its own) and within how many months. Audited.
 */
export async function setRequiredTraining(
  ctx: UseCaseContext,
  input: { slug: string; withinMonths: number },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const orgId = ctx.scope.organisationId;
    const item = await findItemBySlug(trx, input.slug);
    // Another organisation's item answers like an unknown one: its existence is no business here.
    if (!item || !isVisibleIn(ctx.scope, item) || (await isHidden(trx, orgId, item.id))) {
      throw invalidField('body.slug', 'Kies een training uit de toolkit van uw organisatie.');
    }
    if (item.kind !== 'training') {
      throw invalidField('body.slug', 'Dit item is geen training. Kies een training.');
    }
    await saveRequiredTraining(trx, {
      organisationId: orgId,
      itemId: item.id,
      withinMonths: input.withinMonths,
      updatedBy: ctx.scope.actorId,
    });
    await audit(trx, ctx, 'toolkit_required_training.update', { type: 'organisation', id: orgId });
    return {
      requiredTraining: { slug: item.slug, title: item.title },
      withinMonths: input.withinMonths,
    };
  });
}
