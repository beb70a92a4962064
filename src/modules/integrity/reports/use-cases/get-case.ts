import { audit } from '../../../../platform/audit/audit';
import type { UseCaseContext } from '../../../../platform/use-case';
import { mayReadIdentity } from '../../integrity.policy';
import { openText } from '../../shared/sealing';
import { openAttachments } from '../attachments';
import { presentCaseDetail, presentUnmaskRequest } from '../reports.presenter';
import { displayNames, listAttachments, listEvents } from '../reports.repository';
import { findActiveApproval, listUnmaskRequests } from '../unmask.repository';
import { loadCase, openMessages, openReport } from './report-core';

/** A case with everything in it, decrypted for the handler; the read is audited. */
export async function getCase(ctx: UseCaseContext, reportId: string, now = new Date()) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadCase(trx, ctx, reportId);
    const org = row.organisation_id;
    const open = (v: string | null) => openText(trx, ctx.keyring, org, v);
    const opened = await openReport(trx, ctx.keyring, row);
    const events = await listEvents(trx, org, row.id);
    const names = await displayNames(trx, [
      ...[row.handler_id, row.recipient_id, row.counsellor_id].filter((x): x is string => !!x),
      ...events.flatMap((e) => (e.actor_id ? [e.actor_id] : [])),
    ]);
    const timeline = [];
    for (const e of events) {
      timeline.push({
        type: e.type,
        actorRole: e.actor_role,
        actor: e.actor_id ? (names.get(e.actor_id) ?? null) : null,
        note: await open(e.note_enc),
        at: new Date(e.at).toISOString(),
      });
    }
    const requests = [];
    for (const r of await listUnmaskRequests(trx, org, { reportId: row.id })) {
      requests.push(presentUnmaskRequest(r, (await open(r.reason_enc)) ?? ''));
    }
    const approval = await findActiveApproval(trx, org, row.id, ctx.scope.actorId, now);
    const identity =
      row.channel === 'anonymous'
        ? 'none'
        : mayReadIdentity(row, ctx.scope.actorId, !!approval)
          ? 'visible'
          : 'sealed';
    const detail = presentCaseDetail(
      row,
      opened,
      {
        assessment: await open(row.assessment_enc),
        decisionReason: await open(row.decision_reason_enc),
        outcomeSummary: await open(row.outcome_enc),
        measures: await open(row.measures_enc),
        identity,
        messages: await openMessages(trx, ctx.keyring, org, row.id),
        attachments: await openAttachments(
          trx,
          ctx.keyring,
          org,
          await listAttachments(trx, org, row.id),
        ),
        timeline,
        unmaskRequests: requests,
      },
      names,
      now,
    );
    await audit(trx, ctx, 'integrity.case.read', { type: 'integrity_report', id: row.id });
    return detail;
  });
}
