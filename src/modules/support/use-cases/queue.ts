import type { Db } from '../../../db/database';
import { audit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/app-error';
import { displayNames, organisationName } from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';
import { isOwnTeam } from '../support.policy';
import { presentQueueItem, presentQueueRequest, type SharedDetails } from '../support.presenter';
import { findRequest, listEvents, listTeamRequests } from '../support.repository';

/** Names of the requesting organisations, each looked up once. */
async function organisationNames(db: Db, ids: string[]) {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) names.set(id, (await organisationName(db, id)) ?? '');
  return names;
}

/** The support team's queue (own team only): open and urgent first; no shared content. */
export async function listQueue(ctx: UseCaseContext) {
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await listTeamRequests(trx, ctx.scope.organisationId);
    const names = await organisationNames(
      trx,
      rows.map((r) => r.organisation_id),
    );
    await audit(trx, ctx, 'support_queue.list', { type: 'support_request', id: null });
    return rows.map((row) => presentQueueItem(row, names.get(row.organisation_id) ?? ''));
  });
}

/** One request of the team's queue with what was shared, the consent and the notes. */
export async function getQueuedRequest(ctx: UseCaseContext, requestId: string) {
  const { keyring } = ctx;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findRequest(trx, requestId);
    if (!row || !isOwnTeam(ctx.scope, row)) throw notFound('Deze aanvraag');
    const open = (text: string) => keyring.decryptText(trx, row.support_team_id, text);
    const events = await listEvents(trx, [row.id]);
    const steps = [];
    for (const e of events) steps.push({ ...e, note: e.note_enc ? await open(e.note_enc) : null });
    const shared = JSON.parse(await open(row.shared_enc)) as SharedDetails;
    const names = await displayNames(
      trx,
      [row.requested_by, ...events.map((e) => e.actor_id)].filter((id): id is string => !!id),
    );
    await audit(trx, ctx, 'support_request.read', { type: 'support_request', id: row.id });
    return presentQueueRequest(row, {
      organisationName: (await organisationName(trx, row.organisation_id)) ?? '',
      shared,
      consentName: row.consent_name_enc ? await open(row.consent_name_enc) : null,
      names,
      steps,
    });
  });
}
