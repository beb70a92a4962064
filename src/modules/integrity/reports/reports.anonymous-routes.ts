import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { notFound } from '../../../platform/errors/app-error';
import { withUploads } from '../../../platform/files/multipart-files';
import { sendDownload } from '../../../platform/http/download';
import { jsonField, parseWith, readMultipart } from '../../../platform/http/multipart';
import { UploadGate } from '../../../platform/http/upload-gate';
import { findOrganisationByCode } from '../../../platform/identity';
import { anonymousBucket, noStore } from '../shared/http';
import { INTEGRITY_UPLOADS } from './attachments';
import { ACKNOWLEDGEMENT_DAYS, FEEDBACK_MONTHS } from './legal-clock';
import {
  AnonymousReceipt,
  AnonymousReportBody,
  Channel,
  CodeParams,
  MessageBody,
  ReceiptAttachmentParams,
  ReceiptLoginBody,
  ReceiptSession,
  ReporterView,
} from './reports.schemas';
import { fileAnonymousReport } from './use-cases/file-report';
import {
  endReceiptSession,
  loginWithReceipt,
  type ReceiptAccess,
  resolveReceiptSession,
} from './use-cases/receipt-session';
import {
  loadByReceipt,
  postReporterMessage,
  readReporterAttachment,
  reporterView,
} from './use-cases/reporter-side';

/** The header that carries an anonymous reporter's session (never a cookie). */
export const RECEIPT_SESSION_HEADER = 'x-receipt-session';
/** Receipt logins per client per minute: with 10^16 codes, guessing is hopeless; this makes it slow too. */
export const RECEIPT_LOGIN_RATE = { max: 5, timeWindow: '1 minute', keyGenerator: anonymousBucket };
/** Filing and follow-up per client per minute. */
const CHANNEL_RATE = { max: 30, timeWindow: '1 minute', keyGenerator: anonymousBucket };

const tags = ['integrity-anonymous'];
const sessionHeader = (request: FastifyRequest) => {
  const value = request.headers[RECEIPT_SESSION_HEADER];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The anonymous reporting channel: public routes, named by organisation code, that
 * never read a login cookie, store no address or agent, and audit an anonymous actor.
 * After filing or logging in with the receipt, the report is reached only through
 * the session token, which is bound to one report of one organisation.
 */
export async function anonymousRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { csrf: false, anonymous: true, rateLimit: CHANNEL_RATE };
  /** The receipt session the request carries (refused when absent or expired). */
  const receiptSession = (request: FastifyRequest) =>
    resolveReceiptSession(deps.db, sessionHeader(request));
  /** The reporter's view of the report the session opens, as it now is. */
  const viewOf = async (access: ReceiptAccess) =>
    reporterView(deps, await loadByReceipt(deps.db, access));
  // Files from anyone: a cap on how many are received at once (503 + Retry-After above it).
  const uploads = new UploadGate(deps.config.anonymousUploadsMax);

  r.get(
    '/api/v1/integrity/:organisationCode/channel',
    {
      schema: {
        tags,
        summary: 'The reporting channel of an organisation',
        params: CodeParams,
        response: { 200: Channel },
        security: [],
      },
      config,
    },
    async (request) => {
      const org = await findOrganisationByCode(deps.db, request.params.organisationCode);
      if (!org) throw notFound('Deze organisatie');
      return {
        organisationCode: org.code,
        organisationName: org.name,
        acknowledgementDays: ACKNOWLEDGEMENT_DAYS,
        feedbackMonths: FEEDBACK_MONTHS,
      };
    },
  );

  r.post(
    '/api/v1/integrity/:organisationCode/reports',
    {
      schema: {
        tags,
        summary: 'File an anonymous report; the receipt code is shown once',
        params: CodeParams,
        body: AnonymousReportBody,
        response: { 201: AnonymousReceipt },
        security: [],
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      const receipt = await fileAnonymousReport(
        deps,
        request.params.organisationCode,
        request.body,
        [],
      );
      return reply.status(201).send(receipt);
    },
  );

  r.post(
    '/api/v1/integrity/:organisationCode/reports/with-attachments',
    {
      schema: {
        tags,
        summary: 'File an anonymous report with files (multipart/form-data)',
        description:
          'Parts: `report` (the JSON of the report) and up to 5 files named `attachments` (10 MB each; PDF, images, Office and OpenDocument files, text, e-mail, audio).',
        params: CodeParams,
        consumes: ['multipart/form-data'],
        response: { 201: AnonymousReceipt },
        security: [],
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      // The place is given back (and the spooled files closed) before the answer goes out.
      const receipt = await uploads.run(async () => {
        const { fields, files } = await readMultipart(request, INTEGRITY_UPLOADS);
        return withUploads(files, async () => {
          const input = parseWith(AnonymousReportBody, jsonField(fields, 'report'));
          return fileAnonymousReport(deps, request.params.organisationCode, input, files);
        });
      });
      return reply.status(201).send(receipt);
    },
  );

  r.post(
    '/api/v1/integrity/receipt/session',
    {
      schema: {
        tags,
        summary: 'Log in with a receipt code (rate-limited; unknown and wrong codes look the same)',
        body: ReceiptLoginBody,
        response: { 201: ReceiptSession },
        security: [],
      },
      config: { csrf: false, anonymous: true, rateLimit: RECEIPT_LOGIN_RATE },
    },
    async (request, reply) => {
      noStore(reply);
      const session = await loginWithReceipt(deps, request.body);
      return reply.status(201).send({
        sessionToken: session.token,
        expiresAt: session.expiresAt.toISOString(),
        organisationName: session.organisationName,
      });
    },
  );

  r.delete(
    '/api/v1/integrity/receipt/session',
    {
      schema: {
        tags,
        summary: 'End the receipt session',
        response: { 204: z.null() },
        security: [],
      },
      config,
    },
    async (request, reply) => {
      const access = await receiptSession(request);
      await endReceiptSession(deps.db, access);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/v1/integrity/receipt/report',
    {
      schema: {
        tags,
        summary: 'The report, its clocks and the conversation',
        response: { 200: ReporterView },
        security: [],
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      const access = await receiptSession(request);
      return viewOf(access);
    },
  );

  r.post(
    '/api/v1/integrity/receipt/messages',
    {
      schema: {
        tags,
        summary: 'Answer or add information',
        body: MessageBody,
        response: { 201: ReporterView },
        security: [],
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      const access = await receiptSession(request);
      await postReporterMessage(deps, await loadByReceipt(deps.db, access), request.body.body, []);
      return reply.status(201).send(await viewOf(access));
    },
  );

  r.post(
    '/api/v1/integrity/receipt/messages/with-attachments',
    {
      schema: {
        tags,
        summary: 'Answer with files (multipart/form-data: `body` and up to 5 `attachments`)',
        consumes: ['multipart/form-data'],
        response: { 201: ReporterView },
        security: [],
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      const access = await receiptSession(request);
      await uploads.run(async () => {
        const { fields, files } = await readMultipart(request, INTEGRITY_UPLOADS);
        await withUploads(files, async () => {
          const { body } = parseWith(MessageBody, { body: fields.body ?? '' });
          await postReporterMessage(deps, await loadByReceipt(deps.db, access), body, files);
        });
      });
      return reply.status(201).send(await viewOf(access));
    },
  );

  r.get(
    '/api/v1/integrity/receipt/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Download a file of the report',
        params: ReceiptAttachmentParams,
        security: [],
      },
      config,
    },
    async (request, reply) => {
      const access = await receiptSession(request);
      const file = await readReporterAttachment(
        deps,
        await loadByReceipt(deps.db, access),
        request.params.attachmentId,
      );
      return sendDownload(reply, file.data, file.fileName, file.mediaType);
    },
  );
}
