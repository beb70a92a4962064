import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Scope } from '../../platform/auth/actor';
import type { AppDeps } from '../../platform/deps';
import { invalidField } from '../../platform/errors/app-error';
import { withUploads } from '../../platform/files/multipart-files';
import { jsonField, parseWith, readMultipart } from '../../platform/http/multipart';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { MyIncidentDetail, MyIncidentSummary } from './case.schemas';
import { AttachmentParams, IncidentParams, OrgParams, PoliceReportQuery } from './common.schemas';
import { MAX_EML_BYTES, parseEml } from './files/eml';
import type { IncidentSettings } from './incident-settings';
import { registerHandlerRoutes } from './incidents.handler-routes';
import {
  idempotencyKeyOf,
  sendAttachment,
  sendEvidenceZip,
  sendPoliceReport,
  sendReceipt,
} from './incidents.http';
import { canConfigure, canReport, canViewSettings } from './incidents.policy';
import { registerDraftRoutes } from './mail-intake/drafts.routes';
import { shownIntakeAddress } from './mail-intake/intake-address';
import { AddInformationBody, EmailPreview, ReportBody, ReportReceipt } from './report.schemas';
import { Settings, SettingsBody } from './settings.schemas';
import { getIncidentSettings } from './use-cases/get-settings';
import { addInformation, getMyIncident, listMyIncidents } from './use-cases/my-incidents';
import { reportIncident } from './use-cases/report-incident';
import { INCIDENT_UPLOADS } from './use-cases/store-attachments';
import { updateIncidentSettings } from './use-cases/update-settings';

const tags = ['incidents'];

/** Settings with the intake address they imply (read-only, derived from the organisation code). */
function presentSettings(settings: IncidentSettings, scope: Scope, deps: AppDeps) {
  return {
    ...settings,
    emailIntakeAddress: shownIntakeAddress(
      deps.config.smtpIntake,
      scope.organisationCode,
      settings.emailIntakeEnabled,
    ),
    emailIntakeAvailable: deps.config.smtpIntake !== null,
  };
}

/** Routes of the incident register: reporting, "Mijn meldingen", settings, and the handlers' register. */
export async function incidentsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, async (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();

    // ── reporting ──────────────────────────────────────────────────────────
    s.post(
      '/incidents',
      {
        schema: {
          tags,
          summary: 'File a report (JSON, without attachments)',
          description:
            'Send an Idempotency-Key header (or clientId) so a repeated submit returns the first report (200, Idempotent-Replayed: true) instead of making a second one.',
          params: OrgParams,
          body: ReportBody,
          response: { 200: ReportReceipt, 201: ReportReceipt },
        },
        config: { policy: canReport },
      },
      async (request, reply) =>
        sendReceipt(
          reply,
          await reportIncident(requestContext(deps, request), request.body, [], {
            idempotencyKey: idempotencyKeyOf(request),
          }),
        ),
    );

    s.post(
      '/incidents/with-attachments',
      {
        schema: {
          tags,
          summary: 'File a report with evidence files (multipart/form-data)',
          description:
            'Parts: `report` (the same JSON as POST /incidents) and up to 10 files named `attachments` (PNG, JPEG, GIF, WebP, HEIC, PDF, MP3, M4A, MP4, WAV, Ogg, EML; at most 10 MB each). Types are recognised by content; an extension that does not match is refused with 415.',
          params: OrgParams,
          consumes: ['multipart/form-data'],
          response: { 200: ReportReceipt, 201: ReportReceipt },
        },
        config: { policy: canReport },
      },
      async (request, reply) => {
        const { fields, files } = await readMultipart(request, INCIDENT_UPLOADS);
        return withUploads(files, async () => {
          const input = parseWith(ReportBody, jsonField(fields, 'report'));
          return sendReceipt(
            reply,
            await reportIncident(requestContext(deps, request), input, files, {
              idempotencyKey: idempotencyKeyOf(request),
            }),
          );
        });
      },
    );

    s.post(
      '/incidents/email-preview',
      {
        schema: {
          tags,
          summary: 'Read an .eml file to pre-fill the report form (nothing is stored)',
          description:
            'One file part named `file`. Send the same file with the report as evidence.',
          params: OrgParams,
          consumes: ['multipart/form-data'],
          response: { 200: EmailPreview },
        },
        config: { policy: canReport },
      },
      async (request) => {
        const { files } = await readMultipart(request, {
          ...INCIDENT_UPLOADS,
          maxFileBytes: MAX_EML_BYTES,
        });
        return withUploads(files, async () => {
          const file = files[0];
          if (!file) throw invalidField('body.file', 'Kies een .eml-bestand.');
          const parsed = await parseEml(await file.file.bytes(), `body.${file.field}`);
          return { ...parsed, sha256: file.file.sha256 };
        });
      },
    );

    // ── Mijn meldingen ─────────────────────────────────────────────────────
    s.get(
      '/my-incidents',
      {
        schema: {
          tags,
          summary: 'Reports I filed (Mijn meldingen)',
          params: OrgParams,
          response: { 200: z.array(MyIncidentSummary) },
        },
        config: { policy: canReport },
      },
      async (request) => listMyIncidents(requestContext(deps, request)),
    );

    s.get(
      '/my-incidents/:incidentId',
      {
        schema: {
          tags,
          summary: 'One of my reports, with messages and evidence',
          params: IncidentParams,
          response: { 200: MyIncidentDetail },
        },
        config: { policy: canReport },
      },
      async (request) => getMyIncident(requestContext(deps, request), request.params.incidentId),
    );

    s.post(
      '/my-incidents/:incidentId/messages',
      {
        schema: {
          tags,
          summary: 'Add information or answer the handler',
          description: 'JSON `{ body }`, or multipart with a `body` field and `attachments` files.',
          params: IncidentParams,
          response: { 201: MyIncidentDetail },
        },
        config: { policy: canReport },
      },
      async (request, reply) => {
        const ctx = requestContext(deps, request);
        if (request.isMultipart()) {
          const { fields, files } = await readMultipart(request, INCIDENT_UPLOADS);
          return withUploads(files, async () => {
            const input = parseWith(AddInformationBody, { body: fields.body });
            return reply
              .status(201)
              .send(await addInformation(ctx, request.params.incidentId, input, files));
          });
        }
        const input = parseWith(AddInformationBody, request.body ?? {});
        return reply.status(201).send(await addInformation(ctx, request.params.incidentId, input));
      },
    );

    s.get(
      '/my-incidents/:incidentId/attachments/:attachmentId',
      {
        schema: { tags, summary: 'Download one of my evidence files', params: AttachmentParams },
        config: { policy: canReport },
      },
      async (request, reply) =>
        sendAttachment(reply, requestContext(deps, request), request.params, 'author'),
    );

    s.get(
      '/my-incidents/:incidentId/police-report.pdf',
      {
        schema: {
          tags,
          summary: 'The police-report document of my report (PDF)',
          params: IncidentParams,
          querystring: PoliceReportQuery,
        },
        config: { policy: canReport },
      },
      async (request, reply) =>
        sendPoliceReport(
          reply,
          requestContext(deps, request),
          request.params.incidentId,
          'author',
          request.query.address,
        ),
    );

    s.get(
      '/my-incidents/:incidentId/evidence.zip',
      {
        schema: {
          tags,
          summary: 'All evidence of my report with hashes (zip)',
          params: IncidentParams,
        },
        config: { policy: canReport },
      },
      async (request, reply) =>
        sendEvidenceZip(reply, requestContext(deps, request), request.params.incidentId, 'author'),
    );

    // ── settings ───────────────────────────────────────────────────────────
    s.get(
      '/incident-settings',
      {
        schema: {
          tags,
          summary: 'Register settings: deadlines, aftercare schedule, retention, e-mail intake',
          params: OrgParams,
          response: { 200: Settings },
        },
        config: { policy: canViewSettings },
      },
      async (request) => {
        const { scope } = requestContext(deps, request);
        return presentSettings(
          await getIncidentSettings(deps.db, scope.organisationId),
          scope,
          deps,
        );
      },
    );

    s.put(
      '/incident-settings',
      {
        schema: {
          tags,
          summary: 'Change the register settings (organisation admin)',
          params: OrgParams,
          body: SettingsBody,
          response: { 200: Settings },
        },
        config: { policy: canConfigure },
      },
      async (request) => {
        const ctx = requestContext(deps, request);
        return presentSettings(await updateIncidentSettings(ctx, request.body), ctx.scope, deps);
      },
    );

    registerDraftRoutes(s, deps);
    registerHandlerRoutes(s, deps);
  });
}
