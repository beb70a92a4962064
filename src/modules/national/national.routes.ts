import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personActor } from '../../platform/audit/audit';
import type { AppDeps } from '../../platform/deps';
import { requirePlatformAdmin } from '../../platform/http/authenticate';
import { sendDownload } from '../../platform/http/download';
import { auditOrigin, registerScoped } from '../../platform/http/scope';
import { requestContext, unscopedContext } from '../../platform/use-case';
import { filterOf } from './answers';
import { canReadNational, canReadPeers } from './national.policy';
import {
  dictionaryCsv,
  presentReleaseMeta,
  presentReleaseTables,
  releaseCsv,
  releaseMetaOf,
} from './national.presenter';
import {
  DictionaryEntry,
  NationalAnswer,
  NationalQuery,
  OrgParams,
  PeersAnswer,
  PublicNationalQuery,
  ReleaseBody,
  ReleaseMeta,
  ReleaseParams,
  type ReleaseTableRow,
  ReleaseTables,
} from './national.schemas';
import { nationalStatistics, peerComparison } from './use-cases/national-statistics';
import { getLatestRelease, getRelease, listReleases, publishRelease } from './use-cases/releases';

const tags = ['insight'];

/** National statistics (scoped), releases (platform admin) and the public release. */
export async function nationalRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    s.get(
      '/insight/national',
      {
        schema: {
          tags,
          summary:
            'National counts and rates per organisation, layer and period, disclosure-controlled (national analysts, researchers)',
          params: OrgParams,
          querystring: NationalQuery,
          response: { 200: NationalAnswer },
        },
        config: { policy: canReadNational },
      },
      async (request) => nationalStatistics(requestContext(deps, request), request.query),
    );
    s.get(
      '/insight/peers',
      {
        schema: {
          tags,
          summary: 'The organisation’s own counts beside the median of its size class',
          params: OrgParams,
          response: { 200: PeersAnswer },
        },
        config: { policy: canReadPeers },
      },
      async (request) => peerComparison(requestContext(deps, request)),
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = unscopedContext(deps);

  r.post(
    '/api/v1/admin/insight/releases',
    {
      schema: {
        tags: ['admin'],
        summary: 'Publish the national release of a past quarter (platform admin); immutable',
        body: ReleaseBody,
        response: { 201: ReleaseMeta },
      },
    },
    async (request, reply) => {
      const person = requirePlatformAdmin(request);
      const row = await publishRelease(
        ctx,
        personActor(null, person.personId, auditOrigin(request)),
        request.body,
      );
      return reply.status(201).send(releaseMetaOf(row));
    },
  );

  r.get(
    '/api/v1/public/insight/releases',
    {
      schema: {
        tags,
        summary: 'Published national releases, newest first (open data, CC BY 4.0)',
        response: { 200: z.array(ReleaseMeta) },
      },
    },
    async () => (await listReleases(deps.db)).map(presentReleaseMeta),
  );

  r.get(
    '/api/v1/public/insight/national',
    {
      schema: {
        tags,
        summary: 'The latest published national release (the public national figures)',
        querystring: PublicNationalQuery,
        response: { 200: ReleaseTables },
      },
    },
    async (request) => {
      const tables = presentReleaseTables(await getLatestRelease(ctx));
      const filter = filterOf(request.query);
      const level = request.query.level;
      const keep = (row: ReleaseTableRow) =>
        row.filter === filter && (level === undefined || row.level === level);
      return { release: tables.release, rows: tables.rows.filter(keep) };
    },
  );

  r.get(
    '/api/v1/public/insight/releases/:releaseId',
    {
      schema: {
        tags,
        summary: 'One release’s metadata',
        params: ReleaseParams,
        response: { 200: ReleaseMeta },
      },
    },
    async (request) => releaseMetaOf(await getRelease(ctx, request.params.releaseId)),
  );

  r.get(
    '/api/v1/public/insight/releases/:releaseId/tables.json',
    {
      schema: {
        tags,
        summary: 'A release’s tables as JSON',
        params: ReleaseParams,
        response: { 200: ReleaseTables },
      },
    },
    async (request) => presentReleaseTables(await getRelease(ctx, request.params.releaseId)),
  );

  r.get(
    '/api/v1/public/insight/releases/:releaseId/tables.csv',
    {
      schema: { tags, summary: 'A release’s tables as CSV', params: ReleaseParams },
    },
    async (request, reply) => {
      const row = await getRelease(ctx, request.params.releaseId);
      return sendDownload(
        reply,
        Buffer.from(releaseCsv(row)),
        `weerbaar-landelijk-${row.quarter}.csv`,
        'text/csv; charset=utf-8',
      );
    },
  );

  r.get(
    '/api/v1/public/insight/releases/:releaseId/data-dictionary.json',
    {
      schema: {
        tags,
        summary: 'What each column of the release means',
        params: ReleaseParams,
        response: { 200: z.array(DictionaryEntry) },
      },
    },
    async (request) =>
      (await getRelease(ctx, request.params.releaseId)).dictionary as z.infer<
        typeof DictionaryEntry
      >[],
  );

  r.get(
    '/api/v1/public/insight/releases/:releaseId/data-dictionary.csv',
    {
      schema: { tags, summary: 'The data dictionary as CSV', params: ReleaseParams },
    },
    async (request, reply) => {
      const row = await getRelease(ctx, request.params.releaseId);
      return sendDownload(
        reply,
        Buffer.from(dictionaryCsv(row)),
        `weerbaar-landelijk-${row.quarter}-woordenboek.csv`,
        'text/csv; charset=utf-8',
      );
    },
  );
}
