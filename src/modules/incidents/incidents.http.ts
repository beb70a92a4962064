import type { FastifyReply, FastifyRequest } from 'fastify';
import { referenceOf } from './incidents.presenter';
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
