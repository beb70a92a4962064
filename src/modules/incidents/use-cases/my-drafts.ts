import { audit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import {
  draftFileName,
  presentDraftDetail,
  presentDraftSummary,
} from '../mail-intake/drafts.presenter';
import { findDraft, findDraftOriginal, listDrafts } from '../mail-intake/drafts.repository';
import { personIdOf, unseal } from './context';

/** "Mijn meldingen" lists at most this many forwarded e-mails waiting. */
export const MY_DRAFTS_LIMIT = 50;

/** The same 404 for a draft that is gone as for someone else's. */
export const draftNotFound = () => notFound('Dit concept');

/**
 * The forwarded e-mails of the acting person that wait to be completed. Only people
 * own drafts (an API token forwards no mail), so a token gets an empty list.
 */
export async function listMyDrafts(ctx: UseCaseContext) {
  const personId = personIdOf(ctx);
  if (!personId) return [];
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await listDrafts(trx, org, personId, MY_DRAFTS_LIMIT);
    // The list shows senders and subjects: a read of draft content, so audited.
    if (rows.length > 0)
      await audit(trx, ctx, 'incident.draft.list', { type: 'incident_draft', id: null });
    return Promise.all(
      rows.map((r) => presentDraftSummary(r, (e) => unseal(trx, ctx.keyring, org, e))),
    );
  });
}

/** One of the acting person's drafts, to pre-fill the report form; anyone else gets 404. */
export async function getMyDraft(ctx: UseCaseContext, draftId: string) {
  const personId = personIdOf(ctx);
  if (!personId) throw draftNotFound();
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findDraft(trx, org, personId, draftId);
    if (!row) throw draftNotFound();
    await audit(trx, ctx, 'incident.draft.read', { type: 'incident_draft', id: draftId });
    return presentDraftDetail(row, (e) => unseal(trx, ctx.keyring, org, e));
  });
}

/** The message of a draft exactly as received (decrypted), with its hash. */
export async function readDraftOriginal(ctx: UseCaseContext, draftId: string) {
  const personId = personIdOf(ctx);
  if (!personId) throw draftNotFound();
  const org = ctx.scope.organisationId;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findDraftOriginal(trx, org, personId, draftId);
    if (!row) throw draftNotFound();
    const data = await ctx.keyring.decryptBytes(trx, org, row.original_enc);
    await audit(trx, ctx, 'incident.draft.original.read', { type: 'incident_draft', id: draftId });
    return { data, sha256: row.original_sha256, fileName: draftFileName(row.received_at) };
  });
}
