import { audit } from '../../../../platform/audit/audit';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { isCustodian } from '../../custody/custody.repository';
import { mayDecideUnmask, mayRequestUnmask } from '../../integrity.policy';
import { openText, sealRequired, sealText } from '../../shared/sealing';
import { presentUnmaskRequest } from '../reports.presenter';
import {
  findUnmaskRequest,
  insertUnmaskRequest,
  listUnmaskRequests,
  updateUnmaskRequest,
} from '../unmask.repository';
import { loadCase, recordEvent, staffRoleOn } from './report-core';

/** An approved unmasking opens the identity to the requester for this long. */
export const UNMASK_ACCESS_DAYS = 30;

/** A handler asks to see who made a confidential report; a custodian will decide. */
export async function requestUnmask(ctx: UseCaseContext, reportId: string, reason: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadCase(trx, ctx, reportId);
    if (!mayRequestUnmask(row, ctx.scope.actorId)) {
      throw new AppError(
        'conflict',
        row.channel === 'confidential'
          ? 'U kunt de identiteit van deze melder al inzien.'
          : 'Bij deze melding valt geen identiteit te ontsluiten.',
      );
    }
    const org = row.organisation_id;
    const pending = await listUnmaskRequests(trx, org, { reportId: row.id, status: 'pending' });
    if (pending.some((p) => p.requested_by === ctx.scope.actorId)) {
      throw new AppError(
        'conflict',
        'U heeft al een verzoek ingediend dat nog op een besluit wacht.',
      );
    }
    const request = await insertUnmaskRequest(trx, {
      organisation_id: org,
      report_id: row.id,
      requested_by: ctx.scope.actorId,
      reason_enc: await sealRequired(trx, ctx.keyring, org, reason),
    });
    await recordEvent(trx, ctx.keyring, org, row.id, 'unmask_requested', {
      role: staffRoleOn(row, ctx.scope.actorId),
      id: ctx.scope.actorId,
    });
    await audit(trx, ctx, 'integrity.unmask.request', {
      type: 'integrity_unmask_request',
      id: request.id,
    });
    return { id: request.id, status: request.status };
  });
}

async function requireCustodian(ctx: UseCaseContext) {
  if (!(await isCustodian(ctx.db, ctx.scope.organisationId, ctx.scope.actorId))) {
    throw notFound('Deze lijst');
  }
}

/** The custodian's queue: every pending request (reasons decrypted; never the identity). */
export async function listPendingUnmask(ctx: UseCaseContext) {
  await requireCustodian(ctx);
  const rows = await listUnmaskRequests(ctx.db, ctx.scope.organisationId, { status: 'pending' });
  const out = [];
  for (const row of rows) {
    const reason = await openText(ctx.db, ctx.keyring, row.organisation_id, row.reason_enc);
    out.push(presentUnmaskRequest(row, reason ?? ''));
  }
  await ctx.db
    .transaction()
    .execute((trx) =>
      audit(trx, ctx, 'integrity.unmask.list', { type: 'integrity_unmask_request', id: null }),
    );
  return out;
}

/**
 * A custodian approves or rejects; never their own request. The decision and its
 * motivation are audited; an approval opens the identity to the requester for
 * UNMASK_ACCESS_DAYS, each opening audited again.
 */
export async function decideUnmask(
  ctx: UseCaseContext,
  requestId: string,
  input: { approve: boolean; note?: string },
  now = new Date(),
) {
  await requireCustodian(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const org = ctx.scope.organisationId;
    const request = await findUnmaskRequest(trx, org, requestId, true);
    if (!request) throw notFound('Dit verzoek');
    if (!mayDecideUnmask(request.requested_by, ctx.scope.actorId)) {
      throw new AppError('forbidden', 'Over uw eigen verzoek beslist een andere sleutelhouder.');
    }
    if (request.status !== 'pending') {
      throw new AppError('conflict', 'Over dit verzoek is al besloten.');
    }
    const updated = await updateUnmaskRequest(trx, org, request.id, {
      status: input.approve ? 'approved' : 'rejected',
      decided_by: ctx.scope.actorId,
      decided_at: now,
      decision_note_enc: await sealText(trx, ctx.keyring, org, input.note),
      access_until: input.approve
        ? new Date(now.getTime() + UNMASK_ACCESS_DAYS * 86_400_000)
        : null,
    });
    await recordEvent(
      trx,
      ctx.keyring,
      org,
      request.report_id,
      input.approve ? 'unmask_approved' : 'unmask_rejected',
      { role: 'custodian', id: ctx.scope.actorId },
    );
    await audit(trx, ctx, input.approve ? 'integrity.unmask.approve' : 'integrity.unmask.reject', {
      type: 'integrity_unmask_request',
      id: request.id,
    });
    return {
      id: updated.id,
      status: updated.status,
      accessUntil: updated.access_until?.toISOString() ?? null,
    };
  });
}
