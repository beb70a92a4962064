import { audit } from '../../../../platform/audit/audit';
import { AppError, invalidField } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { membersAmong, replaceCustodians } from '../custody.repository';

/** Two custodians are the minimum for split knowledge; more leaves room for absence. */
export const MIN_CUSTODIANS = 2;
export const MAX_CUSTODIANS = 10;

/**
 * Set who the custodians are: members of the organisation who approve unmasking and
 * each hold one share of the integrity key. A new split is needed to hand shares to
 * new custodians; shares already handed out cannot be taken back (see ADR 0008).
 */
export async function designateCustodians(ctx: UseCaseContext, personIds: readonly string[]) {
  const unique = [...new Set(personIds)];
  if (unique.length < MIN_CUSTODIANS) {
    throw invalidField(
      'body.personIds',
      `Wijs minstens ${MIN_CUSTODIANS} verschillende sleutelhouders aan.`,
    );
  }
  if (unique.length > MAX_CUSTODIANS) {
    throw invalidField('body.personIds', `Hoogstens ${MAX_CUSTODIANS} sleutelhouders.`);
  }
  const org = ctx.scope.organisationId;
  const members = await membersAmong(ctx.db, org, unique);
  const outsiders = unique.filter((id) => !members.has(id));
  if (outsiders.length > 0) {
    throw new AppError(
      'validation_failed',
      'Sleutelhouders moeten lid zijn van deze organisatie.',
      {
        fields: outsiders.map(() => ({
          field: 'body.personIds',
          message: 'geen lid van deze organisatie',
        })),
      },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await replaceCustodians(trx, org, unique, ctx.scope.actorId);
    await audit(trx, ctx, 'integrity.custodians.designate', {
      type: 'integrity_custodian',
      id: null,
    });
  });
}
