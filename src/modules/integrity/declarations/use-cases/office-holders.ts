import { audit } from '../../../../platform/audit/audit';
import { invalidField } from '../../../../platform/errors/app-error';
import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { incomeByDeclaration, presentOfficeHolder } from '../declarations.presenter';
import {
  isMember,
  listDeclarations,
  listIncome,
  listOfficeHolders,
  upsertOfficeHolder,
} from '../declarations.repository';
import type { OfficeHolderRow } from '../declarations.tables';

/** The clerk registers a member as an office holder (or updates the office or term). */
export async function registerOfficeHolder(
  ctx: UseCaseContext,
  personId: string,
  input: {
    office: OfficeHolderRow['office'];
    party?: string;
    since: string;
    until?: string | null;
  },
) {
  const org = ctx.scope.organisationId;
  if (!(await isMember(ctx.db, org, personId))) {
    throw invalidField('params.personId', 'Deze persoon is geen lid van deze organisatie.');
  }
  if (input.until && input.until < input.since) {
    throw invalidField('body.until', 'De einddatum van het ambt ligt vóór de begindatum.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await upsertOfficeHolder(trx, {
      organisation_id: org,
      person_id: personId,
      office: input.office,
      party: input.party || null,
      since: input.since,
      until: input.until ?? null,
    });
    await audit(trx, ctx, 'integrity.office_holder.register', {
      type: 'integrity_office_holder',
      id: personId,
    });
  });
  return (await listHolderOverview(ctx)).find((h) => h.personId === personId)!;
}

/**
 * The clerk's overview: every office holder, whether they confirmed their
 * declarations this year, how many wait for validation, and missing income figures.
 */
export async function listHolderOverview(ctx: UseCaseContext, now = new Date()) {
  const org = ctx.scope.organisationId;
  const today = amsterdamDate(now);
  const holders = await listOfficeHolders(ctx.db, org);
  const declarations = await listDeclarations(ctx.db, org);
  const income = incomeByDeclaration(await listIncome(ctx.db, org));
  return holders.map((h) => presentOfficeHolder(h, declarations, income, today));
}
