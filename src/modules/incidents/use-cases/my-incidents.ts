import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/use-case';
import { listAttachments } from '../files/attachments.repository';
import { presentMyIncident, presentMySummary } from '../incidents.presenter';
import { listMeasures, listTasks } from '../measures.repository';
import { insertMessage, listMessages } from '../messages.repository';
import { listByAuthor } from '../reports.repository';
import { insertEvent } from '../timeline.repository';
import { loadForAuthor, seal, unseal } from './context';
import { checkFiles, storeFiles, type UploadedFile } from './store-attachments';

/** "Mijn meldingen" shows at most this many, newest first. */
export const MY_INCIDENTS_LIMIT = 200;

/** The reports the acting person or token filed, with their status and open questions. */
export async function listMyIncidents(ctx: UseCaseContext) {
  const rows = await listByAuthor(
    ctx.db,
    ctx.scope.organisationId,
    ctx.scope.actorType,
    ctx.scope.actorId,
    MY_INCIDENTS_LIMIT,
  );
  return rows.map(presentMySummary);
}

/** One of the actor's own reports; audited like every read of a case. */
export async function getMyIncident(ctx: UseCaseContext, incidentId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadForAuthor(trx, ctx, incidentId);
    const org = ctx.scope.organisationId;
    const [attachments, messages, measures, tasks] = await Promise.all([
      listAttachments(trx, org, incidentId),
      listMessages(trx, org, incidentId),
      listMeasures(trx, org, incidentId),
      listTasks(trx, org, incidentId),
    ]);
    await audit(trx, ctx, 'incident.read', { type: 'incident', id: incidentId });
    return presentMyIncident(row, { attachments, messages, measures, tasks }, (e) =>
      unseal(trx, ctx.keyring, org, e),
    );
  });
}

/**
 * The reporter adds information or answers the handler's question: a message,
 * evidence files, or both. Files are checked before anything is stored.
 */
export async function addInformation(
  ctx: UseCaseContext,
  incidentId: string,
  input: { body?: string },
  uploads: readonly UploadedFile[] = [],
) {
  const body = input.body?.trim() ?? '';
  if (!body && uploads.length === 0) {
    throw new AppError('validation_failed', 'Schrijf een bericht of voeg een bestand toe.', {
      fields: [{ field: 'body.body', message: 'Schrijf een bericht of voeg een bestand toe.' }],
    });
  }
  const files = await checkFiles(uploads);
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await loadForAuthor(trx, ctx, incidentId, true);
      if (row.anonymised_at) throw new AppError('conflict', 'Deze melding is geanonimiseerd.');
      const org = ctx.scope.organisationId;
      if (body) {
        await insertMessage(trx, {
          organisation_id: org,
          incident_id: incidentId,
          author_role: 'reporter',
          author_id: ctx.scope.actorId,
          body_enc: (await seal(trx, ctx, body))!,
        });
      }
      await storeFiles(trx, ctx, incidentId, files, 'reporter');
      await insertEvent(trx, {
        organisation_id: org,
        incident_id: incidentId,
        type: files.length > 0 ? 'information_added' : 'message_from_reporter',
        from_status: null,
        to_status: null,
        note_enc: null,
        actor_role: 'reporter',
        actor_id: ctx.scope.actorId,
      });
      await audit(trx, ctx, 'incident.add_information', { type: 'incident', id: incidentId });
    })
    .then(() => getMyIncident(ctx, incidentId));
}
