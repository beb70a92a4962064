import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { AppDeps } from '../../../../platform/deps';
import { AppError, notFound } from '../../../../platform/errors/app-error';
import type { UploadedFile } from '../../../../platform/http/multipart';
import { amsterdamDateOrNull } from '../../../../platform/time';
import type { UseCaseContext } from '../../../../platform/use-case';
import { notify } from '../../../notifications';
import { reporterActor } from '../../shared/context';
import { sealRequired } from '../../shared/sealing';
import { checkFiles, openAttachment, openAttachments, storeFiles } from '../attachments';
import { canTake } from '../case-status';
import { presentReporterView, referenceOf } from '../reports.presenter';
import {
  findReport,
  insertMessage,
  listAttachments,
  listByReporterRef,
  listMessages,
} from '../reports.repository';
import type { IntegrityReportRow } from '../reports.tables';
import { reporterRefOf } from './file-report';
import { openMessages, openReport, recordEvent } from './report-core';

type Deps = Pick<AppDeps, 'db' | 'keyring' | 'jobs'>;

/** The reporter's view of one report (anonymous session or logged-in author). */
export async function reporterView(
  deps: Pick<Deps, 'db' | 'keyring'>,
  row: IntegrityReportRow,
  now = new Date(),
) {
  const org = row.organisation_id;
  const opened = await openReport(deps.db, deps.keyring, row);
  const messages = await openMessages(deps.db, deps.keyring, org, row.id);
  const attachments = await openAttachments(
    deps.db,
    deps.keyring,
    org,
    await listAttachments(deps.db, org, row.id),
  );
  return presentReporterView(row, opened, messages, attachments, now);
}

/** The report behind an anonymous receipt session. */
export async function loadByReceipt(db: Db, access: { organisationId: string; reportId: string }) {
  const row = await findReport(db, access.organisationId, access.reportId);
  if (!row) throw notFound('Deze melding');
  return row;
}

/**
 * A message from the reporter (with files), as one transaction: an oversized or
 * refused file stores nothing. Handlers get a mail without content.
 */
export async function postReporterMessage(
  deps: Deps,
  row: IntegrityReportRow,
  body: string,
  files: readonly UploadedFile[],
) {
  if (!canTake('message', row.status)) {
    throw new AppError(
      'conflict',
      'Deze melding is afgesloten; u kunt geen berichten meer sturen.',
    );
  }
  const checked = await checkFiles(files);
  const org = row.organisation_id;
  await deps.db.transaction().execute(async (trx) => {
    const message = await insertMessage(trx, {
      organisation_id: org,
      report_id: row.id,
      kind: 'message',
      author_role: 'reporter',
      author_id: null,
      body_enc: await sealRequired(trx, deps.keyring, org, body),
    });
    await storeFiles(trx, deps.keyring, org, row.id, message.id, 'reporter', checked);
    await recordEvent(trx, deps.keyring, org, row.id, 'reporter_message', {
      role: 'reporter',
      id: null,
    });
    await audit(trx, reporterActor(org), 'integrity.message.reporter', {
      type: 'integrity_report',
      id: row.id,
    });
    await notify(trx, {
      type: 'integrity.reporter_message',
      organisationId: org,
      objectType: 'integrity_report',
      objectId: row.id,
      at: new Date(),
      ownerId: row.handler_id,
    });
  });
}

/** A file of the reporter's own report, or 404. */
export async function readReporterAttachment(
  deps: Pick<Deps, 'db' | 'keyring'>,
  row: IntegrityReportRow,
  attachmentId: string,
) {
  const file = await openAttachment(
    deps.db,
    deps.keyring,
    row.organisation_id,
    row.id,
    attachmentId,
  );
  if (!file) throw notFound('Dit bestand');
  return file;
}

/** The logged-in member's own report, found through their keyed reference; 404 otherwise. */
export async function loadMine(ctx: UseCaseContext, reportId: string) {
  const org = ctx.scope.organisationId;
  const row = await findReport(ctx.db, org, reportId);
  const ref = await reporterRefOf(ctx.db, ctx.keyring, org, ctx.scope.actorId);
  if (!row || row.reporter_ref !== ref) throw notFound('Deze melding');
  return row;
}

/** "Mijn integriteitsmeldingen": the member's own confidential and identified reports. */
export async function listMine(ctx: UseCaseContext) {
  const org = ctx.scope.organisationId;
  const ref = await reporterRefOf(ctx.db, ctx.keyring, org, ctx.scope.actorId);
  const rows = await listByReporterRef(ctx.db, org, ref);
  const out = [];
  for (const row of rows) {
    const opened = await openReport(ctx.db, ctx.keyring, row);
    const messages = await listMessages(ctx.db, org, row.id);
    const last = messages.at(-1);
    out.push({
      id: row.id,
      reference: referenceOf(row),
      status: row.status,
      channel: row.channel,
      summary: opened.summary,
      receivedOn: amsterdamDateOrNull(row.received_at),
      lastMessageAt: last ? new Date(last.created_at).toISOString() : null,
    });
  }
  return out;
}
