import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendDownload } from '../../platform/http/download';
import type { UseCaseContext } from '../../platform/use-case';
import { referenceOf } from './incidents.presenter';
import {
  type AddressChoice,
  evidenceZip,
  policeReportPdf,
  readAttachment,
  type Viewer,
} from './use-cases/evidence';
import type { ReportReceipt } from './use-cases/report-incident';

/** The Idempotency-Key header, if sent. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Answer a filed report: 201, or 200 with Idempotent-Replayed for a repeated submit. */
export function sendReceipt(reply: FastifyReply, receipt: ReportReceipt) {
  const body = {
    id: receipt.row.id,
    reference: referenceOf(receipt.row),
    status: receipt.row.status,
    createdAt: new Date(receipt.row.created_at).toISOString(),
    attachments: receipt.attachments,
  };
  if (receipt.replayed) return reply.status(200).header('idempotent-replayed', 'true').send(body);
  return reply.status(201).send(body);
}

/*
 * The evidence downloads are the same for the handler and the reporter; the viewer decides
 * what the document shows and how the download is audited.
 */

/** One evidence file, with its hash so the receiver can check it. */
export async function sendAttachment(
  reply: FastifyReply,
  ctx: UseCaseContext,
  params: { incidentId: string; attachmentId: string },
  viewer: Viewer,
) {
  const file = await readAttachment(ctx, params.incidentId, params.attachmentId, viewer);
  return sendDownload(reply, file.data, file.fileName, file.mediaType, {
    'x-sha256': file.sha256,
  });
}

/** The police-report document (PDF). */
export async function sendPoliceReport(
  reply: FastifyReply,
  ctx: UseCaseContext,
  incidentId: string,
  viewer: Viewer,
  address?: AddressChoice,
) {
  const { pdf, reference } = await policeReportPdf(ctx, incidentId, viewer, address);
  return sendDownload(reply, pdf, `dossier-aangifte-${reference}.pdf`, 'application/pdf');
}

/** All evidence with its hashes and the document (ZIP). */
export async function sendEvidenceZip(
  reply: FastifyReply,
  ctx: UseCaseContext,
  incidentId: string,
  viewer: Viewer,
) {
  const { zip, reference } = await evidenceZip(ctx, incidentId, viewer);
  return sendDownload(reply, zip, `bewijs-${reference}.zip`, 'application/zip');
}
