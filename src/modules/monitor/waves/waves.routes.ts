import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditSeparately } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { readUpload } from '../../../platform/files/single-upload';
import { auditOrigin, scopeOf } from '../../../platform/http/scope';
import { requestContext } from '../../../platform/use-case';
import { listStrata } from '../frames/frames.repository';
import { importFrame } from '../frames/use-cases/import-frame';
import { getResponseRates } from '../invitations/use-cases/get-response-rates';
import { inviteRespondents } from '../invitations/use-cases/invite-respondents';
import { FRAME_UPLOAD_LIMIT_BYTES } from '../monitor.constants';
import { canReadMonitor, canRunMonitor } from '../monitor.policy';
import { presentStratum, presentWave } from '../monitor.presenter';
import {
  CreateWaveBody,
  EditWaveBody,
  OrgParams,
  ResponseRates,
  StatusBody,
  Stratum,
  Wave,
  WaveDetail,
  WaveParams,
} from '../monitor.schemas';
import { findPublicationOfWave } from '../report/publications.repository';
import { visibleWave } from '../results/use-cases/get-results';
import { changeWaveStatus, editWave } from './use-cases/change-wave-status';
import { createWave } from './use-cases/create-wave';
import { listWaves, waveCounts } from './waves.repository';

const tags = ['monitor'];

/** Waves, their sampling frame, invitees and response rates. */
export async function wavesRoutes(scoped: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const s = scoped.withTypeProvider<ZodTypeProvider>();
  const run = { policy: canRunMonitor, denyAs: 403 as const };
  const read = { policy: canReadMonitor, denyAs: 403 as const };

  s.get(
    '/monitor/waves',
    {
      schema: {
        tags,
        summary: 'Waves (analysts: published waves only)',
        params: OrgParams,
        response: { 200: z.array(Wave) },
      },
      config: read,
    },
    async (request) => {
      const scope = scopeOf(request);
      const rows = await listWaves(db, scope.organisationId, {
        publishedOnly: !canRunMonitor(scope),
      });
      return rows.map(presentWave);
    },
  );

  s.post(
    '/monitor/waves',
    {
      schema: {
        tags,
        summary: 'Create a wave with the standard indicators',
        params: OrgParams,
        body: CreateWaveBody,
        response: { 201: Wave },
      },
      config: run,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentWave(await createWave(db, scopeOf(request), request.body, auditOrigin(request))),
        ),
  );

  s.get(
    '/monitor/waves/:waveId',
    {
      schema: {
        tags,
        summary: 'One wave with its counts',
        params: WaveParams,
        response: { 200: WaveDetail },
      },
      config: read,
    },
    async (request) => {
      const scope = scopeOf(request);
      const wave = await visibleWave(db, scope, request.params.waveId);
      const publication = await findPublicationOfWave(db, scope.organisationId, wave.id);
      await auditSeparately(db, { ...scope, origin: auditOrigin(request) }, 'monitor.wave.read', {
        type: 'monitor_wave',
        id: wave.id,
      });
      return {
        ...presentWave(wave),
        counts: canRunMonitor(scope) ? await waveCounts(db, scope.organisationId, wave.id) : null,
        publicationId: publication?.id ?? null,
      };
    },
  );

  s.patch(
    '/monitor/waves/:waveId',
    {
      schema: {
        tags,
        summary: 'Change title, field dates or suppression threshold',
        params: WaveParams,
        body: EditWaveBody,
        response: { 200: Wave },
      },
      config: run,
    },
    async (request) =>
      presentWave(
        await editWave(requestContext(deps, request), request.params.waveId, request.body),
      ),
  );

  s.post(
    '/monitor/waves/:waveId/status',
    {
      schema: {
        tags,
        summary: 'Start or end fieldwork',
        params: WaveParams,
        body: StatusBody,
        response: { 200: Wave },
      },
      config: run,
    },
    async (request) =>
      presentWave(
        await changeWaveStatus(
          requestContext(deps, request),
          request.params.waveId,
          request.body.status,
        ),
      ),
  );

  s.get(
    '/monitor/waves/:waveId/frame',
    {
      schema: {
        tags,
        summary: 'The sampling frame: strata with population counts',
        params: WaveParams,
        response: { 200: z.array(Stratum) },
      },
      config: run,
    },
    async (request) => {
      const scope = scopeOf(request);
      const wave = await visibleWave(db, scope, request.params.waveId);
      return (await listStrata(db, scope.organisationId, wave.id)).map(presentStratum);
    },
  );

  s.put(
    '/monitor/waves/:waveId/frame',
    {
      schema: {
        tags,
        summary: 'Replace the sampling frame from a CSV file (multipart field "file")',
        description:
          'Columns bestuurslaag, functie, grootteklasse, populatie (optional: code, steekproef). Comma, semicolon or tab; BOM and CRLF allowed. All or nothing; every error names line and column.',
        consumes: ['multipart/form-data'],
        params: WaveParams,
        response: { 200: z.array(Stratum) },
      },
      config: run,
    },
    async (request) => {
      const upload = await readUpload(request, FRAME_UPLOAD_LIMIT_BYTES);
      const rows = await importFrame(
        requestContext(deps, request),
        request.params.waveId,
        upload.bytes,
      );
      return rows.map(presentStratum);
    },
  );

  s.post(
    '/monitor/waves/:waveId/invitations',
    {
      schema: {
        tags,
        summary:
          'Add invitees from a CSV file with columns email and stratum (multipart field "file")',
        consumes: ['multipart/form-data'],
        params: WaveParams,
        response: { 201: z.object({ invited: z.number().int().describe('Invitations created') }) },
      },
      config: run,
    },
    async (request, reply) => {
      const upload = await readUpload(request, FRAME_UPLOAD_LIMIT_BYTES);
      const result = await inviteRespondents(
        requestContext(deps, request),
        request.params.waveId,
        upload.bytes,
      );
      return reply.status(201).send(result);
    },
  );

  s.get(
    '/monitor/waves/:waveId/response-rates',
    {
      schema: {
        tags,
        summary: 'Response per stratum while the wave runs',
        params: WaveParams,
        response: { 200: ResponseRates },
      },
      config: run,
    },
    async (request) => {
      const scope = scopeOf(request);
      return getResponseRates(db, scope.organisationId, request.params.waveId);
    },
  );
}
