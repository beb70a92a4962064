import type { z } from 'zod';
import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { AppError, notFound } from '../../../platform/errors/app-error';
import { amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import {
  type CaseFile,
  type DecryptedCase,
  dateOf,
  datesOf,
  decryptCase,
  emptyCaseFile,
  presentDocument,
  presentSummary,
} from '../bibob.presenter';
import {
  findCase,
  insertCase,
  listCases as listCaseRows,
  listDocuments,
  openLinkOf,
  updateCase as updateCaseRow,
} from '../bibob.repository';
import type { CaseDetail, CaseSummary, CreateCaseBody, UpdateCaseBody } from '../bibob.schemas';
import { caseDeadlines, checkProcedure } from '../bibob-deadlines';
import { presentAnswers } from './applicant';
import { loadSettings } from './settings';

const CASE = (id: string) => ({ type: 'bibob_case', id });
const today = (ctx: UseCaseContext) => amsterdamDate(ctx.clock.now());

/** A case of this organisation, decrypted, or 404. */
export async function loadCase(
  ctx: UseCaseContext,
  trx: Db,
  caseId: string,
  lock = false,
): Promise<DecryptedCase> {
  const row = await findCase(trx, ctx.scope.organisationId, caseId, lock);
  if (!row) throw notFound('Dit dossier');
  return decryptCase(trx, ctx.keyring, row);
}

/** Register an application for screening. */
export async function createCase(
  ctx: UseCaseContext,
  body: z.infer<typeof CreateCaseBody>,
): Promise<z.infer<typeof CaseDetail>> {
  if (body.receivedOn > today(ctx)) {
    throw new AppError('validation_failed', 'De datum van ontvangst ligt in de toekomst.', {
      fields: [{ field: 'body.receivedOn', message: 'ligt in de toekomst' }],
    });
  }
  const org = ctx.scope.organisationId;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const enc = (text: string) => ctx.keyring.encryptText(trx, org, text);
    const row = await insertCase(trx, {
      organisationId: org,
      kind: body.kind,
      receivedOn: body.receivedOn,
      referenceEnc: await enc(body.reference),
      applicantNameEnc: await enc(body.applicantName),
      fileEnc: await enc(
        JSON.stringify(emptyCaseFile(body.subject ?? null, body.policyItemKey ?? null)),
      ),
    });
    await audit(trx, ctx, 'bibob.case.create', CASE(row.id));
    return row.id;
  });
  return getCase(ctx, id);
}

/** The organisation's cases with their stage and the deadline to watch. */
export async function listCases(ctx: UseCaseContext): Promise<z.infer<typeof CaseSummary>[]> {
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const settings = await loadSettings(trx, org);
    const rows = await listCaseRows(trx, org);
    const out = [];
    for (const row of rows)
      out.push(presentSummary(await decryptCase(trx, ctx.keyring, row), settings, today(ctx)));
    await audit(trx, ctx, 'bibob.case.list', { type: 'bibob_case', id: null });
    return out;
  });
}

async function detail(
  ctx: UseCaseContext,
  trx: Db,
  c: DecryptedCase,
): Promise<z.infer<typeof CaseDetail>> {
  const org = ctx.scope.organisationId;
  const settings = await loadSettings(trx, org);
  const docs = await listDocuments(trx, org, c.row.id);
  const link = await openLinkOf(trx, org, c.row.id);
  const documents = [];
  for (const d of docs)
    documents.push(presentDocument(d, await ctx.keyring.decryptText(trx, org, d.file_name_enc)));
  const now = today(ctx);
  return {
    ...presentSummary(c, settings, now),
    subject: c.file.subject,
    policyItemKey: c.file.policyItemKey,
    checklist: c.file.checklist,
    risk: c.file.risk,
    advice: c.file.advice,
    intent: c.file.intent,
    decision: c.file.decision,
    notes: c.file.notes,
    questionnaire: {
      sentOn: dateOf(c.row.questionnaire_sent_on),
      expiresAt: link ? new Date(link.expires_at).toISOString() : null,
      submittedOn: dateOf(c.row.questionnaire_submitted_on),
      answers: await presentAnswers(ctx, trx, c.row),
    },
    documents,
    deadlines: caseDeadlines(datesOf(c), settings, now),
    closedOn: dateOf(c.row.closed_on),
  };
}

/** One case, whole; the read is audited. */
export async function getCase(
  ctx: UseCaseContext,
  caseId: string,
): Promise<z.infer<typeof CaseDetail>> {
  return ctx.db.transaction().execute(async (trx) => {
    const c = await loadCase(ctx, trx, caseId);
    await audit(trx, ctx, 'bibob.case.read', CASE(caseId));
    return detail(ctx, trx, c);
  });
}

/**
 * Record the own investigation, the risk assessment, the advice request, the
 * notice of intent and the decision. A decision closes the case; a closed case
 * is not changed any more.
 */
export async function updateCase(
  ctx: UseCaseContext,
  caseId: string,
  body: z.infer<typeof UpdateCaseBody>,
): Promise<z.infer<typeof CaseDetail>> {
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const c = await loadCase(ctx, trx, caseId, true);
    if (c.row.status === 'closed')
      throw new AppError(
        'conflict',
        'Over dit dossier is al besloten; het kan niet meer worden gewijzigd.',
      );
    const file: CaseFile = {
      ...c.file,
      checklist: { ...c.file.checklist, ...body.checklist },
      ...(body.risk !== undefined ? { risk: body.risk } : {}),
      ...(body.advice !== undefined ? { advice: body.advice } : {}),
      ...(body.intent !== undefined ? { intent: body.intent } : {}),
      ...(body.decision !== undefined ? { decision: body.decision } : {}),
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
    };
    const next: DecryptedCase = { ...c, file };
    checkProcedure(datesOf(next), await loadSettings(trx, org), today(ctx));
    const row = await updateCaseRow(trx, org, caseId, {
      file_enc: await ctx.keyring.encryptText(trx, org, JSON.stringify(file)),
      ...(file.decision ? { status: 'closed' as const, closed_on: file.decision.decidedOn } : {}),
    });
    await audit(trx, ctx, file.decision ? 'bibob.case.decide' : 'bibob.case.update', CASE(caseId));
    return detail(ctx, trx, { ...next, row });
  });
}
