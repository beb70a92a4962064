import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { withUploads } from '../../../platform/files/multipart-files';
import { sendDownload } from '../../../platform/http/download';
import { parseWith, readMultipart } from '../../../platform/http/multipart';
import {
  canAskAsCustodian,
  canConfigureReports,
  canHandleReports,
  canTakeIntake,
} from '../integrity.policy';
import { ctxOf } from '../shared/context';
import { noStore } from '../shared/http';
import { INTEGRITY_UPLOADS } from './attachments';
import {
  AcknowledgeBody,
  AssessmentBody,
  AssignBody,
  AttachmentParams,
  Breach,
  CaseDetail,
  CaseListQuery,
  CaseSummary,
  FeedbackBody,
  ForwardBody,
  Identity,
  IntakeBody,
  MessageBody,
  NoteBody,
  OrgParams,
  OutcomeBody,
  ReportParams,
  Settings,
  SettingsBody,
  UnmaskDecisionBody,
  UnmaskParams,
  UnmaskRequest,
  UnmaskRequestBody,
} from './reports.schemas';
import { acknowledgeReport } from './use-cases/acknowledge-report';
import { addNote } from './use-cases/add-note';
import { assessReport } from './use-cases/assess-report';
import { assignHandler } from './use-cases/assign-handler';
import { closeReport } from './use-cases/close-report';
import { concludeReport } from './use-cases/conclude-report';
import { getCase } from './use-cases/get-case';
import { giveFeedback } from './use-cases/give-feedback';
import { forwardIntake, takeIntake } from './use-cases/intake';
import { listBreaches } from './use-cases/list-breaches';
import { listCases } from './use-cases/list-cases';
import { readCaseAttachment } from './use-cases/read-case-attachment';
import { readIdentity } from './use-cases/read-identity';
import { sendHandlerMessage } from './use-cases/send-handler-message';
import { getReportSettings, updateReportSettings } from './use-cases/settings';
import { decideUnmask, listPendingUnmask, requestUnmask } from './use-cases/unmask';

const tags = ['integrity-cases'];
const IntakeResult = z.object({ id: z.uuid(), reference: z.string(), status: z.string() });
const UnmaskResult = z.object({
  id: z.uuid(),
  status: z.string(),
  accessUntil: z.string().nullable().optional(),
});

/** Integrity officers and counsellors handle cases; custodians decide on unmasking. */
export function registerHandlerRoutes(scoped: FastifyInstance, deps: AppDeps) {
  const s = scoped.withTypeProvider<ZodTypeProvider>();
  const config = { policy: canHandleReports };
  /** Every step answers the case as it now is, so the page needs no second request. */
  const step = (summary: string, body?: z.ZodType) => ({
    schema: {
      tags,
      summary,
      params: ReportParams,
      ...(body ? { body } : {}),
      response: { 200: CaseDetail },
    },
    config,
  });

  s.get(
    '/integrity/cases',
    {
      schema: {
        tags,
        summary: 'Case list with the legal clocks',
        params: OrgParams,
        querystring: CaseListQuery,
        response: { 200: z.array(CaseSummary) },
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      const q = request.query;
      return listCases(ctxOf(deps, request), {
        status: q.status,
        overdue: q.overdue === 'true',
        all: q.all === 'true',
      });
    },
  );

  s.get(
    '/integrity/cases/:reportId',
    step('A case, decrypted (the read is audited)'),
    async (request, reply) => {
      noStore(reply);
      return getCase(ctxOf(deps, request), request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/acknowledgement',
    step('Acknowledge receipt to the reporter', AcknowledgeBody),
    async (request) => {
      const ctx = ctxOf(deps, request);
      await acknowledgeReport(
        ctx,
        request.params.reportId,
        (request.body as z.infer<typeof AcknowledgeBody>).message,
      );
      return getCase(ctx, request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/assessment',
    step('Preliminary assessment and the decision to investigate', AssessmentBody),
    async (request) => {
      const ctx = ctxOf(deps, request);
      await assessReport(
        ctx,
        request.params.reportId,
        request.body as z.infer<typeof AssessmentBody>,
      );
      return getCase(ctx, request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/notes',
    step('Add an investigation note', NoteBody),
    async (request) => {
      const ctx = ctxOf(deps, request);
      await addNote(ctx, request.params.reportId, (request.body as z.infer<typeof NoteBody>).note);
      return getCase(ctx, request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/outcome',
    step('Record the outcome of the investigation', OutcomeBody),
    async (request) => {
      const ctx = ctxOf(deps, request);
      await concludeReport(
        ctx,
        request.params.reportId,
        request.body as z.infer<typeof OutcomeBody>,
      );
      return getCase(ctx, request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/feedback',
    step('Give feedback to the reporter', FeedbackBody),
    async (request) => {
      const ctx = ctxOf(deps, request);
      await giveFeedback(
        ctx,
        request.params.reportId,
        (request.body as z.infer<typeof FeedbackBody>).body,
      );
      return getCase(ctx, request.params.reportId);
    },
  );

  s.post('/integrity/cases/:reportId/close', step('Close a concluded case'), async (request) => {
    const ctx = ctxOf(deps, request);
    await closeReport(ctx, request.params.reportId);
    return getCase(ctx, request.params.reportId);
  });

  s.put(
    '/integrity/cases/:reportId/handler',
    step('Assign the case', AssignBody),
    async (request) => {
      const ctx = ctxOf(deps, request);
      await assignHandler(
        ctx,
        request.params.reportId,
        (request.body as z.infer<typeof AssignBody>).handlerId,
      );
      return getCase(ctx, request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/messages',
    step('Write to the reporter', MessageBody),
    async (request) => {
      const ctx = ctxOf(deps, request);
      await sendHandlerMessage(
        ctx,
        request.params.reportId,
        (request.body as z.infer<typeof MessageBody>).body,
        [],
      );
      return getCase(ctx, request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/messages/with-attachments',
    {
      schema: {
        tags,
        summary:
          'Write to the reporter with files (multipart/form-data: `body` and up to 5 `attachments`)',
        params: ReportParams,
        consumes: ['multipart/form-data'],
        response: { 200: CaseDetail },
      },
      config,
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const { fields, files } = await readMultipart(request, INTEGRITY_UPLOADS);
      return withUploads(files, async () => {
        const { body } = parseWith(MessageBody, { body: fields.body ?? '' });
        await sendHandlerMessage(ctx, request.params.reportId, body, files);
        return getCase(ctx, request.params.reportId);
      });
    },
  );

  s.get(
    '/integrity/cases/:reportId/attachments/:attachmentId',
    {
      schema: { tags, summary: 'Download a file of a case (audited)', params: AttachmentParams },
      config,
    },
    async (request, reply) => {
      const file = await readCaseAttachment(
        ctxOf(deps, request),
        request.params.reportId,
        request.params.attachmentId,
      );
      return sendDownload(reply, file.data, file.fileName, file.mediaType);
    },
  );

  s.get(
    '/integrity/cases/:reportId/identity',
    {
      schema: {
        tags,
        summary: 'Who made the report, for those entitled (audited)',
        params: ReportParams,
        response: { 200: Identity },
      },
      config,
    },
    async (request, reply) => {
      noStore(reply);
      return readIdentity(ctxOf(deps, request), request.params.reportId);
    },
  );

  s.post(
    '/integrity/cases/:reportId/unmask-requests',
    {
      schema: {
        tags,
        summary: "Ask a custodian to open a confidential reporter's identity",
        params: ReportParams,
        body: UnmaskRequestBody,
        response: { 201: UnmaskResult },
      },
      config,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestUnmask(ctxOf(deps, request), request.params.reportId, request.body.reason),
        ),
  );

  s.post(
    '/integrity/intakes',
    {
      schema: {
        tags,
        summary: 'A counsellor records a report on behalf of a reporter',
        params: OrgParams,
        body: IntakeBody,
        response: { 201: IntakeResult },
      },
      config: { policy: canTakeIntake },
    },
    async (request, reply) =>
      reply.status(201).send(await takeIntake(ctxOf(deps, request), request.body)),
  );

  s.post(
    '/integrity/cases/:reportId/forward',
    {
      schema: {
        tags,
        summary: "Pass an intake on, with the reporter's recorded consent",
        params: ReportParams,
        body: ForwardBody,
        response: { 200: IntakeResult },
      },
      config: { policy: canTakeIntake },
    },
    async (request) => forwardIntake(ctxOf(deps, request), request.params.reportId, request.body),
  );

  s.get(
    '/integrity/clock-breaches',
    {
      schema: {
        tags,
        summary: 'Register of breaches of the legal clocks',
        params: OrgParams,
        response: { 200: z.array(Breach) },
      },
      config,
    },
    async (request) => listBreaches(ctxOf(deps, request)),
  );

  s.get(
    '/integrity/settings',
    {
      schema: {
        tags,
        summary: 'Retention and the legal terms',
        params: OrgParams,
        response: { 200: Settings },
      },
      config,
    },
    async (request) => getReportSettings(deps.db, request.params.orgId),
  );

  s.put(
    '/integrity/settings',
    {
      schema: {
        tags,
        summary: 'Set the retention of closed cases',
        params: OrgParams,
        body: SettingsBody,
        response: { 200: Settings },
      },
      config: { policy: canConfigureReports },
    },
    async (request) => updateReportSettings(ctxOf(deps, request), request.body.retentionMonths),
  );

  s.get(
    '/integrity/unmask-requests',
    {
      schema: {
        tags,
        summary: "The custodian's queue of unmasking requests",
        params: OrgParams,
        response: { 200: z.array(UnmaskRequest) },
      },
      config: { policy: canAskAsCustodian },
    },
    async (request, reply) => {
      noStore(reply);
      return listPendingUnmask(ctxOf(deps, request));
    },
  );

  s.post(
    '/integrity/unmask-requests/:requestId/decision',
    {
      schema: {
        tags,
        summary: 'A custodian approves or rejects (never their own request)',
        params: UnmaskParams,
        body: UnmaskDecisionBody,
        response: { 200: UnmaskResult },
      },
      config: { policy: canAskAsCustodian },
    },
    async (request) => decideUnmask(ctxOf(deps, request), request.params.requestId, request.body),
  );
}
