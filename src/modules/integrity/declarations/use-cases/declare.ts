import { audit } from '../../../../platform/audit/audit';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import { amsterdamDate } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { readSettings } from '../../reports/use-cases/settings';
import { openText } from '../../shared/sealing';
import { declarationProblems } from '../declaration-rules';
import {
  incomeByDeclaration,
  presentDeclaration,
  presentOfficeHolder,
} from '../declarations.presenter';
import {
  confirmDeclarations,
  findDeclaration,
  findOfficeHolder,
  insertDeclaration,
  listDeclarations,
  listIncome,
  updateDeclaration,
  upsertIncome,
} from '../declarations.repository';
import type { DeclarationBody } from '../declarations.schemas';

function invalid(problems: { field: string; message: string }[]): never {
  throw new AppError('validation_failed', problems[0]!.message, { fields: problems });
}

async function requireHolder(ctx: UseCaseContext) {
  const holder = await findOfficeHolder(ctx.db, ctx.scope.organisationId, ctx.scope.actorId);
  if (!holder) {
    throw new AppError(
      'conflict',
      'U staat niet geregistreerd als ambtsdrager. De griffier registreert ambtsdragers.',
    );
  }
  return holder;
}

/** The holder's own declarations (all statuses), with the clerk's notes. */
export async function myDeclarations(ctx: UseCaseContext, now = new Date()) {
  const org = ctx.scope.organisationId;
  const today = amsterdamDate(now);
  const { giftThresholdCents } = await readSettings(ctx.db, org);
  const holder = await findOfficeHolder(ctx.db, org, ctx.scope.actorId);
  if (!holder) return { officeHolder: null, giftThresholdCents, declarations: [] };
  const rows = await listDeclarations(ctx.db, org, { personId: ctx.scope.actorId });
  const income = incomeByDeclaration(await listIncome(ctx.db, org));
  const declarations = [];
  for (const row of rows) {
    const note = await openText(ctx.db, ctx.keyring, org, row.review_note_enc);
    declarations.push(presentDeclaration(row, income, today, note));
  }
  return {
    officeHolder: presentOfficeHolder(holder, rows, income, today),
    giftThresholdCents,
    declarations,
  };
}

/** Declare a side position, financial interest or gift; it waits for the clerk's validation. */
export async function declare(ctx: UseCaseContext, input: DeclarationBody, now = new Date()) {
  const org = ctx.scope.organisationId;
  await requireHolder(ctx);
  const { giftThresholdCents } = await readSettings(ctx.db, org);
  const problems = declarationProblems(input, giftThresholdCents, amsterdamDate(now));
  if (problems.length > 0) invalid(problems);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertDeclaration(trx, {
      organisation_id: org,
      person_id: ctx.scope.actorId,
      kind: input.kind,
      organisation_name: input.organisationName,
      role: input.kind === 'side_position' ? (input.role ?? null) : null,
      paid: input.kind === 'side_position' ? (input.paid ?? null) : null,
      description: input.description || null,
      value_cents: input.kind === 'gift' ? (input.valueCents ?? null) : null,
      start_on: input.startOn,
      end_on: input.endOn ?? null,
      review_note_enc: null,
      reviewed_by: null,
      reviewed_at: null,
    });
    await confirmDeclarations(trx, org, ctx.scope.actorId, now);
    await audit(trx, ctx, 'integrity.declaration.create', {
      type: 'integrity_declaration',
      id: created.id,
    });
    return created;
  });
  return row.id;
}

async function loadOwn(ctx: UseCaseContext, declarationId: string) {
  const row = await findDeclaration(ctx.db, ctx.scope.organisationId, declarationId);
  if (!row || row.person_id !== ctx.scope.actorId) throw notFound('Deze opgave');
  return row;
}

/** End a side position or interest; the end date may not precede the start. */
export async function endDeclaration(ctx: UseCaseContext, declarationId: string, endOn: string) {
  const row = await loadOwn(ctx, declarationId);
  if (row.kind === 'gift') throw new AppError('conflict', 'Een geschenk heeft geen einddatum.');
  if (endOn < row.start_on) {
    throw new AppError('validation_failed', 'De einddatum ligt vóór de begindatum.', {
      fields: [{ field: 'body.endOn', message: 'De einddatum ligt vóór de begindatum.' }],
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateDeclaration(trx, row.organisation_id, row.id, { end_on: endOn });
    await audit(trx, ctx, 'integrity.declaration.end', {
      type: 'integrity_declaration',
      id: row.id,
    });
  });
}

/** Withdraw a declaration made in error (it leaves the public register). */
export async function withdrawDeclaration(ctx: UseCaseContext, declarationId: string) {
  const row = await loadOwn(ctx, declarationId);
  await ctx.db.transaction().execute(async (trx) => {
    await updateDeclaration(trx, row.organisation_id, row.id, { status: 'withdrawn' });
    await audit(trx, ctx, 'integrity.declaration.withdraw', {
      type: 'integrity_declaration',
      id: row.id,
    });
  });
}

/** Report a year's income from a paid side position. */
export async function reportIncome(
  ctx: UseCaseContext,
  declarationId: string,
  year: number,
  amountCents: number,
) {
  const row = await loadOwn(ctx, declarationId);
  if (row.kind !== 'side_position' || !row.paid) {
    throw new AppError('conflict', 'Inkomsten gelden alleen voor een bezoldigde nevenfunctie.');
  }
  if (
    year < Number(row.start_on.slice(0, 4)) ||
    (row.end_on && year > Number(row.end_on.slice(0, 4)))
  ) {
    throw new AppError('validation_failed', 'In dat jaar had u deze functie niet.', {
      fields: [{ field: 'params.year', message: 'buiten de looptijd van de functie' }],
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await upsertIncome(trx, row.organisation_id, row.id, year, amountCents);
    await audit(trx, ctx, 'integrity.declaration.income', {
      type: 'integrity_declaration',
      id: row.id,
    });
  });
}

/** "My declarations are complete": counts as this year's declaration, also with nothing to declare. */
export async function confirmComplete(ctx: UseCaseContext, now = new Date()) {
  await requireHolder(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await confirmDeclarations(trx, ctx.scope.organisationId, ctx.scope.actorId, now);
    await audit(trx, ctx, 'integrity.declaration.confirm', {
      type: 'integrity_office_holder',
      id: ctx.scope.actorId,
    });
  });
}
