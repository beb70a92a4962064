import { audit } from '../../../../platform/audit/audit';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { upsertSettings } from '../../reports/reports.repository';
import { readSettings } from '../../reports/use-cases/settings';
import { openText, sealText } from '../../shared/sealing';
import { incomeByDeclaration, presentDeclaration } from '../declarations.presenter';
import {
  findDeclaration,
  listDeclarations,
  listIncome,
  updateDeclaration,
} from '../declarations.repository';
import type { DeclarationStatus } from '../declarations.tables';

/** The clerk's list of declarations, by default those waiting for validation. */
export async function listForClerk(
  ctx: UseCaseContext,
  status: DeclarationStatus | undefined,
  now = new Date(),
) {
  const org = ctx.scope.organisationId;
  const rows = await listDeclarations(ctx.db, org, status ? { status } : {});
  const income = incomeByDeclaration(await listIncome(ctx.db, org));
  const out = [];
  for (const row of rows) {
    out.push(
      presentDeclaration(
        row,
        income,
        amsterdamDate(now),
        await openText(ctx.db, ctx.keyring, org, row.review_note_enc),
      ),
    );
  }
  return out;
}

/** Validate (publish) or reject a submitted declaration, with a note for the holder. */
export async function reviewDeclaration(
  ctx: UseCaseContext,
  declarationId: string,
  input: { decision: 'validate' | 'reject'; note?: string },
  now = new Date(),
) {
  const org = ctx.scope.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findDeclaration(trx, org, declarationId, true);
    if (!row) throw notFound('Deze opgave');
    if (row.status === 'withdrawn') throw new AppError('conflict', 'Deze opgave is ingetrokken.');
    await updateDeclaration(trx, org, row.id, {
      status: input.decision === 'validate' ? 'validated' : 'rejected',
      review_note_enc: await sealText(trx, ctx.keyring, org, input.note),
      reviewed_by: ctx.scope.actorId,
      reviewed_at: now,
    });
    await audit(trx, ctx, `integrity.declaration.${input.decision}`, {
      type: 'integrity_declaration',
      id: row.id,
    });
  });
}

export async function getRegisterSettings(ctx: UseCaseContext) {
  const { giftThresholdCents } = await readSettings(ctx.db, ctx.scope.organisationId);
  return { giftThresholdCents };
}

export async function updateRegisterSettings(ctx: UseCaseContext, giftThresholdCents: number) {
  await ctx.db.transaction().execute(async (trx) => {
    await upsertSettings(trx, ctx.scope.organisationId, {
      gift_threshold_cents: giftThresholdCents,
    });
    await audit(trx, ctx, 'integrity.register_settings.update', {
      type: 'integrity_settings',
      id: ctx.scope.organisationId,
    });
  });
  return getRegisterSettings(ctx);
}
