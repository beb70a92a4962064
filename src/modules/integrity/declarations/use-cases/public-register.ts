import type { Db } from '../../../../db/database';
import { notFound } from '../../../../platform/errors/app-error';
import { findOrganisationByCode } from '../../../../platform/identity';
import { readSettings } from '../../reports/use-cases/settings';
import { incomeByDeclaration, presentPublicRegister } from '../declarations.presenter';
import { listDeclarations, listIncome, listOfficeHolders } from '../declarations.repository';

/** The public register of one organisation: office holders and validated declarations, with history. */
export async function publicRegister(db: Db, organisationCode: string, now = new Date()) {
  const org = await findOrganisationByCode(db, organisationCode);
  if (!org) throw notFound('Deze organisatie');
  const holders = await listOfficeHolders(db, org.id);
  const declarations = await listDeclarations(db, org.id, { status: 'validated' });
  const income = incomeByDeclaration(await listIncome(db, org.id));
  const { giftThresholdCents } = await readSettings(db, org.id);
  return presentPublicRegister(
    { code: org.code, name: org.name },
    holders,
    declarations,
    income,
    giftThresholdCents,
    now,
  );
}
