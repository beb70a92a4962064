import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { withUploads } from '../../../platform/files/multipart-files';
import { sendDownload } from '../../../platform/http/download';
import { jsonField, parseWith, readMultipart } from '../../../platform/http/multipart';
import { requestContext } from '../../../platform/use-case';
import { canReport } from '../integrity.policy';
import { noStore } from '../shared/http';
import { INTEGRITY_UPLOADS } from './attachments';
import { listIntegrityStaff } from './reports.repository';
import {
  AttachmentParams,
  MemberReceipt,
  MemberReportBody,
  MessageBody,
  MyReport,
  MyReportSummary,
  OrgParams,
  Recipient,
  ReportParams,
} from './reports.schemas';
import { fileMemberReport } from './use-cases/file-report';
import {
  listMine,
  loadMine,
  postReporterMessage,
  readReporterAttachment,
  reporterView,
} from './use-cases/reporter-side';

const tags = ['integrity-reporting'];

/** A logged-in member reports (identified or confidential) and follows their reports. */
export function registerReporterRoutes(scoped: FastifyInstance, deps: AppDeps) {
  const s = scoped.withTypeProvider<ZodTypeProvider>();
  const config = { policy: canReport };

  s.get(
    '/integrity/recipients',
    {
      schema: {
        tags,
        summary: 'Integrity officers and counsellors a confidential report can be entrusted to',
        params: OrgParams,
        response: { 200: z.array(Recipient) },
      },
      config,
    },
    async (request) => {
      const rows = await listIntegrityStaff(deps.db, request.params.orgId);
      const byId = new Map<string, z.infer<typeof Recipient>>();
      for (const row of rows) {
        const entry = byId.get(row.id) ?? { id: row.id, displayName: row.display_name, roles: [] };
        entry.roles.push(row.role as 'integrity_officer' | 'confidential_counsellor');
        byId.set(row.id, entry);
      }
      return [...byId.values()];
    },
  );

  s.post(
    '/integrity/reports',
    {
      schema: {
        tags,
        summary: 'Report a suspected integrity violation (identified or confidential)',
        params: OrgParams,
        body: MemberReportBody,
        response: { 201: MemberReceipt },
      },
      config,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await fileMemberReport(requestContext(deps, request), request.body, [])),
  );

  s.post(
    '/integrity/reports/with-attachments',
    {
      schema: {
        tags,
        summary: 'Report with files (multipart/form-data: `report` JSON and up to 5 `attachments`)',
        params: OrgParams,
        consumes: ['multipart/form-data'],
        response: { 201: MemberReceipt },
      },
      config,
    },
    async (request, reply) => {
      const { fields, files } = await readMultipart(request, INTEGRITY_UPLOADS);
      return withUploads(files, async () => {
        const input = parseWith(MemberReportBody, jsonField(fields, 'report'));
        return reply
          .status(201)
          .send(await fileMemberReport(requestContext(deps, request), input, files));
      });
    },
  );

  s.get(
    '/integrity/my-reports',
    {
      schema: {
        tags,
        summary: 'My integrity reports',
        params: OrgParams,
        response: { 200: z.array(MyReportSummary) },
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      return listMine(requestContext(deps, request));
    },
  );

  s.get(
    '/integrity/my-reports/:reportId',
    {
      schema: {
        tags,
        summary: 'One of my reports with the conversation',
        params: ReportParams,
        response: { 200: MyReport },
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      const row = await loadMine(requestContext(deps, request), request.params.reportId);
      return { id: row.id, ...(await reporterView(deps, row)) };
    },
  );

  s.post(
    '/integrity/my-reports/:reportId/messages',
    {
      schema: {
        tags,
        summary: 'Answer or add information',
        params: ReportParams,
        body: MessageBody,
        response: { 201: MyReport },
      },
      config,
    },
    async (request, reply) => {
      const ctx = requestContext(deps, request);
      await postReporterMessage(
        deps,
        await loadMine(ctx, request.params.reportId),
        request.body.body,
        [],
      );
      const row = await loadMine(ctx, request.params.reportId);
      return reply.status(201).send({ id: row.id, ...(await reporterView(deps, row)) });
    },
  );

  s.post(
    '/integrity/my-reports/:reportId/messages/with-attachments',
    {
      schema: {
        tags,
        summary: 'Answer with files (multipart/form-data: `body` and up to 5 `attachments`)',
        params: ReportParams,
        consumes: ['multipart/form-data'],
        response: { 201: MyReport },
      },
      config,
    },
    async (request, reply) => {
      const ctx = requestContext(deps, request);
      const row = await loadMine(ctx, request.params.reportId);
      const { fields, files } = await readMultipart(request, INTEGRITY_UPLOADS);
      return withUploads(files, async () => {
        const { body } = parseWith(MessageBody, { body: fields.body ?? '' });
        await postReporterMessage(deps, row, body, files);
        const fresh = await loadMine(ctx, request.params.reportId);
        return reply.status(201).send({ id: fresh.id, ...(await reporterView(deps, fresh)) });
      });
    },
  );

  s.get(
    '/integrity/my-reports/:reportId/attachments/:attachmentId',
    {
      schema: { tags, summary: 'Download a file of my report', params: AttachmentParams },
      config,
    },
    async (request, reply) => {
      const row = await loadMine(requestContext(deps, request), request.params.reportId);
      const file = await readReporterAttachment(deps, row, request.params.attachmentId);
      return sendDownload(reply, file.data, file.fileName, file.mediaType);
    },
  );
}
