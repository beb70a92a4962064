import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { withUploads } from '../../../platform/files/multipart-files';
import { sendDownload } from '../../../platform/http/download';
import { parseWith, readMultipart } from '../../../platform/http/multipart';
import { requestContext, type UseCaseContext } from '../../../platform/use-case';
import {
  canAskAsCustodian,
  canConfigureReports,
  canHandleReports,
  canTakeIntake,
} from '../integrity.policy';
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
  /** Run one step on the case named in the path, then answer the case as it now is. */
  const thenCase =
    <Body = undefined>(
      run: (ctx: UseCaseContext, reportId: string, body: Body) => Promise<unknown>,
    ) =>
    async (request: FastifyRequest) => {
      const ctx = requestContext(deps, request);
      const { reportId } = request.params as { reportId: string };
      await run(ctx, reportId, request.body as Body);
      return getCase(ctx, reportId);
    };
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
  /** A step on the case named in the path: its route, schema and answer in one line. */
  const caseStep = <Body extends z.ZodType>(
    method: 'POST' | 'PUT',
    action: string,
    summary: string,
    body: Body | undefined,
    run: (ctx: UseCaseContext, reportId: string, body: z.infer<Body>) => Promise<unknown>,
  ) =>
    s.route({
      method,
      url: `/integrity/cases/:reportId/${action}`,
      ...step(summary, body),
      handler: thenCase(run),
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
      return listCases(requestContext(deps, request), {
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
      return getCase(requestContext(deps, request), request.params.reportId);
    },
  );

  caseStep(
    'POST',
    'acknowledgement',
    'Acknowledge receipt to the reporter',
    AcknowledgeBody,
    (ctx, id, body) => acknowledgeReport(ctx, id, body.message),
  );

  caseStep(
    'POST',
    'assessment',
    'Preliminary assessment and the decision to investigate',
    AssessmentBody,
    (ctx, id, body) => assessReport(ctx, id, body),
  );

  caseStep('POST', 'notes', 'Add an investigation note', NoteBody, (ctx, id, body) =>
    addNote(ctx, id, body.note),
  );

  caseStep(
    'POST',
    'outcome',
    'Record the outcome of the investigation',
    OutcomeBody,
    (ctx, id, body) => concludeReport(ctx, id, body),
  );

  caseStep('POST', 'feedback', 'Give feedback to the reporter', FeedbackBody, (ctx, id, body) =>
    giveFeedback(ctx, id, body.body),
  );

  caseStep('POST', 'close', 'Close a concluded case', undefined, (ctx, id) => closeReport(ctx, id));

  caseStep('PUT', 'handler', 'Assign the case', AssignBody, (ctx, id, body) =>
    assignHandler(ctx, id, body.handlerId),
  );

  caseStep('POST', 'messages', 'Write to the reporter', MessageBody, (ctx, id, body) =>
    sendHandlerMessage(ctx, id, body.body, []),
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
      const ctx = requestContext(deps, request);
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
        requestContext(deps, request),
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
      return readIdentity(requestContext(deps, request), request.params.reportId);
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
          await requestUnmask(
            requestContext(deps, request),
            request.params.reportId,
            request.body.reason,
          ),
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
      reply.status(201).send(await takeIntake(requestContext(deps, request), request.body)),
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
    async (request) =>
      forwardIntake(requestContext(deps, request), request.params.reportId, request.body),
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
    async (request) => listBreaches(requestContext(deps, request)),
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
    async (request) =>
      updateReportSettings(requestContext(deps, request), request.body.retentionMonths),
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
      return listPendingUnmask(requestContext(deps, request));
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
    async (request) =>
      decideUnmask(requestContext(deps, request), request.params.requestId, request.body),
  );
}
