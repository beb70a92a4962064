import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { hasAnyRole } from '../../../platform/auth/actor';
import { AppError, invalidField, notFound } from '../../../platform/errors/app-error';
import { displayNames } from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';
import {
  type Answers,
  type LoadedResponse,
  loadResponse,
  localise,
  resolveMember,
  scoreResponse,
} from '../../questionnaires';
import { SCAN_KEYS } from '../definitions';
import { isWeakSpot, placeProcesses } from '../process-matrix';
import {
  findPlan,
  findPlanItem,
  insertPlan,
  insertPlanItem,
  listPlanItems,
  openItemsOfLatestPlanBefore,
  updatePlanItem,
} from '../scans.repository';
import type { PlanItemRow, PlanStatus } from '../scans.tables';

/*
 * The improvement plan of a submitted scan of vulnerable processes. Team
 * members and organisation administrators who may read the scan see the risk
 * matrix and the plan, and edit it. Drawing up the plan copies in, once, the
 * open items of the previous plan and one item per weak spot that is not
 * already covered. Every read and change is audited.
 */

interface ItemSecret {
  title: string;
  ownerRole: string | null;
}

export interface PlanItemInput {
  processId?: string;
  title?: string;
  ownerEmail?: string | null;
  ownerRole?: string | null;
  dueDate?: string | null;
  status?: PlanStatus;
}

const subject = (responseId: string) => ({ type: 'questionnaire_response', id: responseId });

/** A submitted scan of vulnerable processes the actor may read (404 otherwise). */
async function loadScan(ctx: UseCaseContext, trx: Db, responseId: string, lock = false) {
  const loaded: LoadedResponse = await loadResponse(trx, ctx.scope, responseId, { lock });
  if (loaded.definition.key !== SCAN_KEYS.vulnerableProcesses || !loaded.access.readAnswers) {
    throw notFound('Deze scan');
  }
  if (loaded.response.status !== 'submitted') {
    throw new AppError(
      'conflict',
      'Deze scan is nog niet ingeleverd; er is nog geen risicomatrix.',
    );
  }
  const answers: Answers = loaded.response.answers_enc
    ? JSON.parse(
        await ctx.keyring.decryptText(trx, ctx.scope.organisationId, loaded.response.answers_enc),
      )
    : {};
  const processes = placeProcesses(
    loaded.definition,
    answers,
    scoreResponse(loaded.definition, answers),
    'nl',
  );
  const mayEdit = loaded.myRole !== null || hasAnyRole(ctx.scope, 'org_admin');
  return { loaded, processes, mayEdit };
}

function assertMayEdit(mayEdit: boolean) {
  if (!mayEdit)
    throw new AppError('forbidden', 'U kunt dit verbeterplan inzien, maar niet wijzigen.');
}

async function presentItems(ctx: UseCaseContext, trx: Db, rows: PlanItemRow[]) {
  const names = await displayNames(
    trx,
    rows.flatMap((r) => (r.owner_person_id ? [r.owner_person_id] : [])),
  );
  const out = [];
  for (const r of rows) {
    const secret = JSON.parse(
      await ctx.keyring.decryptText(trx, ctx.scope.organisationId, r.item_enc),
    ) as ItemSecret;
    out.push({
      id: r.id,
      processId: r.process_id,
      title: secret.title,
      owner: r.owner_person_id
        ? { personId: r.owner_person_id, displayName: names.get(r.owner_person_id) ?? '' }
        : null,
      ownerRole: secret.ownerRole,
      dueDate: r.due_date,
      status: r.status,
      carriedOver: r.carried_from !== null,
    });
  }
  return out;
}

async function presentPlan(
  ctx: UseCaseContext,
  trx: Db,
  responseId: string,
  scan: Awaited<ReturnType<typeof loadScan>>,
) {
  const plan = await findPlan(trx, ctx.scope.organisationId, responseId);
  const rows = plan ? await listPlanItems(trx, ctx.scope.organisationId, responseId) : [];
  return {
    responseId,
    processes: scan.processes,
    planCreated: plan !== undefined,
    mayEdit: scan.mayEdit,
    items: await presentItems(ctx, trx, rows),
  };
}

const encryptItem = (ctx: UseCaseContext, trx: Db, secret: ItemSecret) =>
  ctx.keyring.encryptText(trx, ctx.scope.organisationId, JSON.stringify(secret), 'data');

/** The risk matrix and the plan (if drawn up) of one scan; audited. */
export async function getProcessPlan(ctx: UseCaseContext, responseId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const scan = await loadScan(ctx, trx, responseId);
    await audit(trx, ctx, 'process_plan.read', subject(responseId));
    return presentPlan(ctx, trx, responseId, scan);
  });
}

/** Draw up the plan: open items of the previous plan carried over, then the uncovered weak spots. */
export async function createProcessPlan(ctx: UseCaseContext, responseId: string) {
  const { scope } = ctx;
  return ctx.db.transaction().execute(async (trx) => {
    const scan = await loadScan(ctx, trx, responseId, true);
    assertMayEdit(scan.mayEdit);
    if (await findPlan(trx, scope.organisationId, responseId)) {
      throw new AppError('conflict', 'Voor deze scan is al een verbeterplan opgesteld.');
    }
    const carried = await openItemsOfLatestPlanBefore(trx, scope.organisationId, responseId);
    await insertPlan(trx, scope.organisationId, responseId);
    for (const old of carried) {
      await insertPlanItem(trx, {
        id: randomUUID(),
        organisation_id: scope.organisationId,
        response_id: responseId,
        process_id: old.process_id,
        item_enc: old.item_enc,
        owner_person_id: old.owner_person_id,
        due_date: old.due_date,
        status: old.status,
        carried_from: old.id,
      });
    }
    const covered = new Set(carried.map((c) => c.process_id));
    for (const p of scan.processes.filter((x) => isWeakSpot(x) && !covered.has(x.id))) {
      const action = scan.loaded.definition.sections.find((s) => s.id === p.id)?.actions?.[0];
      const title = action ? localise(action.title, 'nl') : p.title;
      await insertPlanItem(trx, {
        id: randomUUID(),
        organisation_id: scope.organisationId,
        response_id: responseId,
        process_id: p.id,
        item_enc: await encryptItem(ctx, trx, { title, ownerRole: null }),
        owner_person_id: null,
        due_date: null,
        carried_from: null,
      });
    }
    await audit(trx, ctx, 'process_plan.create', subject(responseId));
    return presentPlan(ctx, trx, responseId, scan);
  });
}

async function ownerOf(trx: Db, ctx: UseCaseContext, email: string | null | undefined) {
  if (email === undefined) return undefined;
  if (email === null) return null;
  const found = await resolveMember(trx, ctx.scope.organisationId, email, 'body.ownerEmail');
  if ('field' in found) throw invalidField(found.field, found.message);
  return found.personId;
}

/** Add an item to a drawn-up plan. */
export async function addPlanItem(
  ctx: UseCaseContext,
  responseId: string,
  input: PlanItemInput & { processId: string; title: string },
) {
  const { scope } = ctx;
  return ctx.db.transaction().execute(async (trx) => {
    const scan = await loadScan(ctx, trx, responseId, true);
    assertMayEdit(scan.mayEdit);
    if (!(await findPlan(trx, scope.organisationId, responseId)))
      throw notFound('Dit verbeterplan');
    if (!scan.processes.some((p) => p.id === input.processId)) {
      throw invalidField('body.processId', 'Kies een proces uit de scan.');
    }
    const owner = await ownerOf(trx, ctx, input.ownerEmail);
    await insertPlanItem(trx, {
      id: randomUUID(),
      organisation_id: scope.organisationId,
      response_id: responseId,
      process_id: input.processId,
      item_enc: await encryptItem(ctx, trx, {
        title: input.title,
        ownerRole: input.ownerRole ?? null,
      }),
      owner_person_id: owner ?? null,
      due_date: input.dueDate ?? null,
      status: input.status ?? 'open',
      carried_from: null,
    });
    await audit(trx, ctx, 'process_plan_item.create', subject(responseId));
    return presentPlan(ctx, trx, responseId, scan);
  });
}

/** Change an item's title, owner, due date or status. */
export async function changePlanItem(
  ctx: UseCaseContext,
  responseId: string,
  itemId: string,
  input: PlanItemInput,
) {
  const { scope } = ctx;
  return ctx.db.transaction().execute(async (trx) => {
    const scan = await loadScan(ctx, trx, responseId, true);
    assertMayEdit(scan.mayEdit);
    const row = await findPlanItem(trx, scope.organisationId, responseId, itemId);
    if (!row) throw notFound('Dit punt van het verbeterplan');
    const secret = JSON.parse(
      await ctx.keyring.decryptText(trx, scope.organisationId, row.item_enc),
    ) as ItemSecret;
    const owner = await ownerOf(trx, ctx, input.ownerEmail);
    await updatePlanItem(trx, scope.organisationId, itemId, {
      item_enc: await encryptItem(ctx, trx, {
        title: input.title ?? secret.title,
        ownerRole: input.ownerRole === undefined ? secret.ownerRole : input.ownerRole,
      }),
      ...(owner === undefined ? {} : { owner_person_id: owner }),
      ...(input.dueDate === undefined ? {} : { due_date: input.dueDate }),
      ...(input.status === undefined ? {} : { status: input.status }),
    });
    await audit(trx, ctx, 'process_plan_item.update', subject(responseId));
    return presentPlan(ctx, trx, responseId, scan);
  });
}
