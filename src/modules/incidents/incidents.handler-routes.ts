import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { sendDownload } from '../../platform/http/download';
import { requestContext } from '../../platform/use-case';
import { IncidentDetail } from './case.schemas';
import {
  AttachmentParams,
  IncidentParams,
  MeasureParams,
  OrgParams,
  PoliceReportQuery,
  TaskParams,
} from './common.schemas';
import {
  AftercareTaskBody,
  AftercareUpdateBody,
  AssignBody,
  DistrictBody,
  FirstContactBody,
  Handler,
  MeasureBody,
  MeasureUpdateBody,
  MessageBody,
  PlanAftercareBody,
  TransitionBody,
  TriageBody,
} from './handling.schemas';
import { sendAttachment, sendEvidenceZip, sendPoliceReport } from './incidents.http';
import { canHandle } from './incidents.policy';
import { listHandlers } from './people.repository';
import { ExportQuery, RegisterPage, RegisterQuery } from './register.schemas';
import { addMeasure, changeMeasure } from './use-cases/add-measure';
import { assignHandler } from './use-cases/assign-handler';
import { changeStatus } from './use-cases/change-status';
import { exportRegister } from './use-cases/export-register';
import { getIncident } from './use-cases/get-incident';
import { listRegisterPage } from './use-cases/list-register';
import {
  addAftercareTask,
  planAftercareForCase,
  updateAftercareTask,
} from './use-cases/plan-aftercare';
import { recordFirstContact } from './use-cases/record-first-contact';
import { sendHandlerMessage } from './use-cases/send-handler-message';
import { setIncidentDistrict } from './use-cases/set-district';
import { triageIncident } from './use-cases/triage-incident';

const tags = ['incidents (handlers)'];
const config = { policy: canHandle };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The handlers' side: register, case, triage, status, measures, aftercare, documents. */
export function registerHandlerRoutes(
  s: ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance,
  deps: AppDeps,
): void {
  const r = s.withTypeProvider<ZodTypeProvider>();
  const detail = { 200: IncidentDetail };

  r.get(
    '/incidents',
    {
      schema: {
        tags,
        summary: 'The register: filters, overdue flags, search',
        params: OrgParams,
        querystring: RegisterQuery,
        response: { 200: RegisterPage },
      },
      config,
    },
    async (request) => listRegisterPage(requestContext(deps, request), request.query),
  );

  r.get(
    '/incidents/export.csv',
    {
      schema: {
        tags,
        summary: 'Export the register (CSV; no narrative or names)',
        params: OrgParams,
        querystring: ExportQuery,
      },
      config,
    },
    async (request, reply) => {
      const csv = await exportRegister(requestContext(deps, request), request.query, 'csv');
      return sendDownload(reply, csv, 'meldingenregister.csv', 'text/csv; charset=utf-8');
    },
  );

  r.get(
    '/incidents/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export the register (XLSX; no narrative or names)',
        params: OrgParams,
        querystring: ExportQuery,
      },
      config,
    },
    async (request, reply) => {
      const xlsx = await exportRegister(requestContext(deps, request), request.query, 'xlsx');
      return sendDownload(reply, xlsx, 'meldingenregister.xlsx', XLSX_TYPE);
    },
  );

  r.get(
    '/incident-handlers',
    {
      schema: {
        tags,
        summary: 'Handlers of this organisation (to assign)',
        params: OrgParams,
        response: { 200: z.array(Handler) },
      },
      config,
    },
    async (request) =>
      (await listHandlers(deps.db, requestContext(deps, request).scope.organisationId)).map(
        (h) => ({
          id: h.id,
          displayName: h.display_name,
        }),
      ),
  );

  r.get(
    '/incidents/:incidentId',
    {
      schema: {
        tags,
        summary: 'A case, in full (audited)',
        params: IncidentParams,
        response: detail,
      },
      config,
    },
    async (request) => getIncident(requestContext(deps, request), request.params.incidentId),
  );

  r.post(
    '/incidents/:incidentId/transitions',
    {
      schema: {
        tags,
        summary: 'Change the status (state machine)',
        params: IncidentParams,
        body: TransitionBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      changeStatus(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.put(
    '/incidents/:incidentId/triage',
    {
      schema: {
        tags,
        summary: 'Priority and risk assessment',
        params: IncidentParams,
        body: TriageBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      triageIncident(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.put(
    '/incidents/:incidentId/handler',
    {
      schema: {
        tags,
        summary: 'Assign a handler',
        params: IncidentParams,
        body: AssignBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      assignHandler(
        requestContext(deps, request),
        request.params.incidentId,
        request.body.handlerId,
      ),
  );

  r.put(
    '/incidents/:incidentId/district',
    {
      schema: {
        tags,
        summary: 'Set or clear the wijk or buurt of a report in a public place',
        params: IncidentParams,
        body: DistrictBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      setIncidentDistrict(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.post(
    '/incidents/:incidentId/first-contact',
    {
      schema: {
        tags,
        summary: 'Record first contact with the reporter',
        params: IncidentParams,
        body: FirstContactBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      recordFirstContact(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.post(
    '/incidents/:incidentId/messages',
    {
      schema: {
        tags,
        summary: 'Write to the reporter (question or news)',
        params: IncidentParams,
        body: MessageBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      sendHandlerMessage(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.post(
    '/incidents/:incidentId/measures',
    {
      schema: {
        tags,
        summary: 'Add a measure',
        params: IncidentParams,
        body: MeasureBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      addMeasure(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.patch(
    '/incidents/:incidentId/measures/:measureId',
    {
      schema: {
        tags,
        summary: 'Change a measure',
        params: MeasureParams,
        body: MeasureUpdateBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      changeMeasure(
        requestContext(deps, request),
        request.params.incidentId,
        request.params.measureId,
        request.body,
      ),
  );

  r.post(
    '/incidents/:incidentId/aftercare/plan',
    {
      schema: {
        tags,
        summary: 'Plan aftercare from the schedule',
        params: IncidentParams,
        body: PlanAftercareBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      planAftercareForCase(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.post(
    '/incidents/:incidentId/aftercare',
    {
      schema: {
        tags,
        summary: 'Add an aftercare check-in',
        params: IncidentParams,
        body: AftercareTaskBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      addAftercareTask(requestContext(deps, request), request.params.incidentId, request.body),
  );

  r.patch(
    '/incidents/:incidentId/aftercare/:taskId',
    {
      schema: {
        tags,
        summary: 'Record the outcome of a check-in, move or cancel it',
        params: TaskParams,
        body: AftercareUpdateBody,
        response: detail,
      },
      config,
    },
    async (request) =>
      updateAftercareTask(
        requestContext(deps, request),
        request.params.incidentId,
        request.params.taskId,
        request.body,
      ),
  );

  r.get(
    '/incidents/:incidentId/attachments/:attachmentId',
    {
      schema: { tags, summary: 'Download an evidence file (audited)', params: AttachmentParams },
      config,
    },
    async (request, reply) =>
      sendAttachment(reply, requestContext(deps, request), request.params, 'handler'),
  );

  r.get(
    '/incidents/:incidentId/police-report.pdf',
    {
      schema: {
        tags,
        summary: 'The police-report document (tagged PDF; audited)',
        params: IncidentParams,
        querystring: PoliceReportQuery,
      },
      config,
    },
    async (request, reply) =>
      sendPoliceReport(
        reply,
        requestContext(deps, request),
        request.params.incidentId,
        'handler',
        request.query.address,
      ),
  );

  r.get(
    '/incidents/:incidentId/evidence.zip',
    {
      schema: {
        tags,
        summary: 'All evidence with SHA256SUMS and the document (zip; audited)',
        params: IncidentParams,
      },
      config,
    },
    async (request, reply) =>
      sendEvidenceZip(reply, requestContext(deps, request), request.params.incidentId, 'handler'),
  );
}
