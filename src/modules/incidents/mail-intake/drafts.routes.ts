import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { disposeUploads, withUploads } from '../../../platform/files/multipart-files';
import { sendDownload } from '../../../platform/http/download';
import { jsonField, parseWith, readMultipart } from '../../../platform/http/multipart';
import { requestContext } from '../../../platform/use-case';
import { OrgParams } from '../common.schemas';
import { idempotencyKeyOf, sendReceipt } from '../incidents.http';
import { canReport } from '../incidents.policy';
import { ReportBody, ReportReceipt } from '../report.schemas';
import { IntakeAddress } from '../settings.schemas';
import { completeDraft } from '../use-cases/complete-draft';
import { discardDraft } from '../use-cases/discard-draft';
import { cachedIncidentSettings } from '../use-cases/get-settings';
import { getMyDraft, listMyDrafts, readDraftOriginal } from '../use-cases/my-drafts';
import { INCIDENT_UPLOADS } from '../use-cases/store-attachments';
import { DraftDetail, DraftParams, DraftSummary } from './drafts.schemas';
import { shownIntakeAddress } from './intake-address';

const tags = ['incidents (forwarded e-mail)'];
const config = { policy: canReport };

/**
 * Forwarded e-mail waiting to be completed ("concepten" under Mijn meldingen). Every
 * draft route answers only the person who forwarded the mail; anyone else, in this
 * organisation or another, gets the 404 of a draft that does not exist.
 */
export function registerDraftRoutes(
  s: ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance,
  deps: AppDeps,
): void {
  const r = s.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/incident-intake-address',
    {
      schema: {
        tags,
        summary: 'The address to forward an intimidating e-mail to, if the organisation has one',
        params: OrgParams,
        response: { 200: IntakeAddress },
      },
      config,
    },
    async (request) => {
      const { scope } = requestContext(deps, request);
      const settings = await cachedIncidentSettings(deps.db, scope.organisationId);
      return {
        address: shownIntakeAddress(
          deps.config.smtpIntake,
          scope.organisationCode,
          settings.emailIntakeEnabled,
        ),
      };
    },
  );

  r.get(
    '/my-incident-drafts',
    {
      schema: {
        tags,
        summary: 'My forwarded e-mails waiting to be completed into a report',
        params: OrgParams,
        response: { 200: z.array(DraftSummary) },
      },
      config,
    },
    async (request) => listMyDrafts(requestContext(deps, request)),
  );

  r.get(
    '/my-incident-drafts/:draftId',
    {
      schema: {
        tags,
        summary: 'One forwarded e-mail, to pre-fill the report form',
        params: DraftParams,
        response: { 200: DraftDetail },
      },
      config,
    },
    async (request) => getMyDraft(requestContext(deps, request), request.params.draftId),
  );

  r.get(
    '/my-incident-drafts/:draftId/original.eml',
    {
      schema: {
        tags,
        summary: 'The forwarded message exactly as received (.eml)',
        params: DraftParams,
      },
      config,
    },
    async (request, reply) => {
      const file = await readDraftOriginal(requestContext(deps, request), request.params.draftId);
      return sendDownload(reply, file.data, file.fileName, 'message/rfc822', {
        'x-sha256': file.sha256,
      });
    },
  );

  r.delete(
    '/my-incident-drafts/:draftId',
    {
      schema: {
        tags,
        summary: 'Throw a forwarded e-mail away (the kept message is deleted)',
        params: DraftParams,
        response: { 204: z.null() },
      },
      config,
    },
    async (request, reply) => {
      await discardDraft(requestContext(deps, request), request.params.draftId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/my-incident-drafts/:draftId/report',
    {
      schema: {
        tags,
        summary: 'Complete a forwarded e-mail into a report',
        description:
          'JSON: the same body as POST /incidents; or multipart/form-data with a `report` part and up to 9 more `attachments`. The forwarded message becomes an .eml attachment with the SHA-256 recorded at receipt; the draft is deleted in the same transaction. Idempotency-Key works as for POST /incidents.',
        params: DraftParams,
        response: { 200: ReportReceipt, 201: ReportReceipt },
      },
      config,
    },
    async (request, reply) => {
      const ctx = requestContext(deps, request);
      let input: ReportBody;
      let files: Awaited<ReturnType<typeof readMultipart>>['files'] = [];
      if (request.isMultipart()) {
        const form = await readMultipart(request, INCIDENT_UPLOADS);
        files = form.files;
        try {
          input = parseWith(ReportBody, jsonField(form.fields, 'report'));
        } catch (error) {
          await disposeUploads(files);
          throw error;
        }
      } else {
        input = parseWith(ReportBody, request.body ?? {});
      }
      return withUploads(files, async () =>
        sendReceipt(
          reply,
          await completeDraft(ctx, request.params.draftId, input, files, {
            idempotencyKey: idempotencyKeyOf(request),
          }),
        ),
      );
    },
  );
}
