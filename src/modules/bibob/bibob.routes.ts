import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { withUploads } from '../../platform/files/multipart-files';
import { sendDownload } from '../../platform/http/download';
import { jsonField, parseWith, readMultipart } from '../../platform/http/multipart';
import { registerScoped } from '../../platform/http/scope';
import { UploadGate } from '../../platform/http/upload-gate';
import { requestContext, unscopedContext } from '../../platform/use-case';
import { canUseBibob } from './bibob.policy';
import {
  AdoptBody,
  ApplicantBody,
  ApplicantView,
  CaseDetail,
  CaseParams,
  CaseSummary,
  CreateCaseBody,
  DocumentParams,
  DocumentView,
  LinkBody,
  LinkCreated,
  OrgParams,
  PolicyBody,
  PolicyOverview,
  PolicyVersion,
  Settings,
  SettingsBody,
  TokenParams,
  UpdateCaseBody,
  VersionParams,
} from './bibob.schemas';
import {
  checkApplicantLink,
  createQuestionnaireLink,
  getApplicantQuestionnaire,
  submitApplicantAnswers,
} from './use-cases/applicant';
import { createCase, getCase, listCases, updateCase } from './use-cases/cases';
import {
  APPLICANT_UPLOADS,
  addDocuments,
  BIBOB_UPLOADS,
  MAX_DOCUMENTS,
  readDocument,
} from './use-cases/documents';
import { adoptPolicy, getPolicy, policyPdf, savePolicy } from './use-cases/policy';
import { getSettings, updateSettings } from './use-cases/settings';

const tags = ['bibob'];
/** Attempts per minute per client on the applicant's link: tokens are long, guessing is pointless. */
const APPLICANT_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

/** The Bibob officer's routes: terms, policy, screening cases, documents. */
export async function bibobRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const config = { policy: canUseBibob };

    s.get(
      '/bibob/settings',
      {
        schema: {
          tags,
          summary: 'The Bibob terms',
          params: OrgParams,
          response: { 200: Settings },
        },
        config,
      },
      async (request) => getSettings(requestContext(deps, request)),
    );
    s.patch(
      '/bibob/settings',
      {
        schema: {
          tags,
          summary: 'Change the Bibob terms (legal basis in docs/bibob.md)',
          params: OrgParams,
          body: SettingsBody,
          response: { 200: Settings },
        },
        config,
      },
      async (request) => updateSettings(requestContext(deps, request), request.body),
    );

    s.get(
      '/bibob/policy',
      {
        schema: {
          tags,
          summary: 'The Bibob policy: versions, the adopted one, renewal, and the template',
          params: OrgParams,
          response: { 200: PolicyOverview },
        },
        config,
      },
      async (request) => getPolicy(requestContext(deps, request)),
    );
    s.post(
      '/bibob/policy/versions',
      {
        schema: {
          tags,
          summary: 'Save the policy as a new version',
          params: OrgParams,
          body: PolicyBody,
          response: { 201: PolicyVersion },
        },
        config,
      },
      async (request, reply) =>
        reply.status(201).send(await savePolicy(requestContext(deps, request), request.body)),
    );
    s.post(
      '/bibob/policy/versions/:version/adoption',
      {
        schema: {
          tags,
          summary: 'Record the adoption of a version (vastgesteld door … op …)',
          params: VersionParams,
          body: AdoptBody,
          response: { 200: PolicyVersion },
        },
        config,
      },
      async (request) =>
        adoptPolicy(requestContext(deps, request), request.params.version, request.body),
    );
    s.get(
      '/bibob/policy/versions/:version/pdf',
      {
        schema: {
          tags,
          summary: 'One version of the policy as a PDF document',
          params: VersionParams,
          produces: ['application/pdf'],
        },
        config,
      },
      async (request, reply) => {
        const { pdf, fileName } = await policyPdf(
          requestContext(deps, request),
          request.params.version,
        );
        return sendDownload(reply, pdf, fileName, 'application/pdf');
      },
    );

    s.get(
      '/bibob/cases',
      {
        schema: {
          tags,
          summary: 'Screening cases with their stage and the deadline to watch',
          params: OrgParams,
          response: { 200: z.array(CaseSummary) },
        },
        config,
      },
      async (request) => listCases(requestContext(deps, request)),
    );
    s.post(
      '/bibob/cases',
      {
        schema: {
          tags,
          summary: 'Register an application for Bibob screening',
          params: OrgParams,
          body: CreateCaseBody,
          response: { 201: CaseDetail },
        },
        config,
      },
      async (request, reply) =>
        reply.status(201).send(await createCase(requestContext(deps, request), request.body)),
    );
    s.get(
      '/bibob/cases/:caseId',
      {
        schema: {
          tags,
          summary: 'One screening case with answers, documents and deadlines',
          params: CaseParams,
          response: { 200: CaseDetail },
        },
        config,
      },
      async (request) => getCase(requestContext(deps, request), request.params.caseId),
    );
    s.patch(
      '/bibob/cases/:caseId',
      {
        schema: {
          tags,
          summary:
            'Record the checklist, risk assessment, advice request, notice of intent or decision (a decision closes the case)',
          params: CaseParams,
          body: UpdateCaseBody,
          response: { 200: CaseDetail },
        },
        config,
      },
      async (request) =>
        updateCase(requestContext(deps, request), request.params.caseId, request.body),
    );
    s.post(
      '/bibob/cases/:caseId/questionnaire-link',
      {
        schema: {
          tags,
          summary: 'Make a single-use link to the Bibob questionnaire for the applicant',
          params: CaseParams,
          body: LinkBody,
          response: { 201: LinkCreated },
        },
        config,
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createQuestionnaireLink(
              requestContext(deps, request),
              request.params.caseId,
              request.body,
            ),
          ),
    );
    s.post(
      '/bibob/cases/:caseId/documents',
      {
        schema: {
          tags,
          summary: 'Add documents (multipart, file parts named `documents`); stored encrypted',
          params: CaseParams,
          consumes: ['multipart/form-data'],
          response: { 201: z.array(DocumentView) },
        },
        config,
      },
      async (request, reply) => {
        const { files } = await readMultipart(request, BIBOB_UPLOADS);
        return withUploads(files, async () =>
          reply
            .status(201)
            .send(await addDocuments(requestContext(deps, request), request.params.caseId, files)),
        );
      },
    );
    s.get(
      '/bibob/cases/:caseId/documents/:documentId',
      {
        schema: { tags, summary: 'Download one document', params: DocumentParams },
        config,
      },
      async (request, reply) => {
        const file = await readDocument(
          requestContext(deps, request),
          request.params.caseId,
          request.params.documentId,
        );
        return sendDownload(reply, file.data, file.fileName, file.mediaType, {
          'x-sha256': file.sha256,
        });
      },
    );
  });

  // The applicant: no account, the single-use token is the scope (like the Monitor's survey).
  const r = app.withTypeProvider<ZodTypeProvider>();
  const applicant = { csrf: false, anonymous: true, rateLimit: APPLICANT_RATE_LIMIT };
  // Files from people without an account: a cap on how many are received at once (503 above it).
  const uploads = new UploadGate(deps.config.anonymousUploadsMax);
  r.get(
    '/api/v1/bibob-questionnaire/:token',
    {
      schema: {
        tags: ['bibob-applicant'],
        summary: 'The Bibob questionnaire behind an applicant’s link',
        params: TokenParams,
        response: { 200: ApplicantView },
        security: [],
      },
      config: applicant,
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getApplicantQuestionnaire(
        unscopedContext(deps),
        request.params.token,
        `bibob:${request.id}`,
      );
    },
  );
  r.post(
    '/api/v1/bibob-questionnaire/:token',
    {
      schema: {
        tags: ['bibob-applicant'],
        summary: 'Submit the answers; the link is used up',
        params: TokenParams,
        body: ApplicantBody,
        response: { 201: z.object({ received: z.literal(true) }) },
        security: [],
      },
      config: applicant,
    },
    async (request, reply) => {
      await submitApplicantAnswers(
        unscopedContext(deps),
        request.params.token,
        request.body.answers,
        `bibob:${request.id}`,
      );
      return reply.status(201).send({ received: true as const });
    },
  );
  r.post(
    '/api/v1/bibob-questionnaire/:token/with-documents',
    {
      schema: {
        tags: ['bibob-applicant'],
        summary: 'Submit the answers with documents (multipart/form-data); the link is used up',
        description: `Parts: \`answers\` (the JSON of the answers by question id) and up to ${MAX_DOCUMENTS} files named \`documents\` (20 MB each; PDF, PNG, JPEG, DOCX, XLSX, ODT, text; the type is checked by content). Stored encrypted.`,
        params: TokenParams,
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ received: z.literal(true) }) },
        security: [],
      },
      config: applicant,
    },
    async (request, reply) => {
      const context = unscopedContext(deps);
      // A wrong, used or expired link is refused before any file is received.
      await checkApplicantLink(context, request.params.token);
      await uploads.run(async () => {
        const { fields, files } = await readMultipart(request, APPLICANT_UPLOADS);
        await withUploads(files, async () => {
          const { answers } = parseWith(ApplicantBody, { answers: jsonField(fields, 'answers') });
          await submitApplicantAnswers(
            context,
            request.params.token,
            answers,
            `bibob:${request.id}`,
            files,
          );
        });
      });
      return reply.status(201).send({ received: true as const });
    },
  );
}
