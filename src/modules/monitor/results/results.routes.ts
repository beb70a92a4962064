import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { auditOrigin, scopeOf } from '../../../platform/http/scope';
import { requestContext } from '../../../platform/use-case';
import { listIndicators } from '../indicators/indicators.repository';
import { removeIndicator, saveIndicator } from '../indicators/use-cases/save-indicator';
import { canReadMonitor, canRunMonitor } from '../monitor.policy';
import { finiteNumbers, presentIndicator, presentPublication } from '../monitor.presenter';
import {
  Indicator,
  IndicatorBody,
  IndicatorParams,
  OrgParams,
  Publication,
  ReportParams,
  TrendsQuery,
  WaveParams,
} from '../monitor.schemas';
import { listPublications } from '../report/publications.repository';
import { publishWave } from '../report/use-cases/publish-wave';
import { readReport } from '../report/use-cases/read-report';
import { ReportSchema, TrendsSchema, WaveResultsSchema } from './results.schemas';
import { getTrends, getWaveResults, visibleWave } from './use-cases/get-results';

const tags = ['monitor'];

/** Indicators, results, trends, publication and reports. */
export async function resultsRoutes(scoped: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const s = scoped.withTypeProvider<ZodTypeProvider>();
  const run = { policy: canRunMonitor, denyAs: 403 as const };
  const read = { policy: canReadMonitor, denyAs: 403 as const };

  s.get(
    '/monitor/waves/:waveId/indicators',
    {
      schema: {
        tags,
        summary: 'Indicator definitions of a wave',
        params: WaveParams,
        response: { 200: z.array(Indicator) },
      },
      config: read,
    },
    async (request) => {
      const scope = scopeOf(request);
      const wave = await visibleWave(db, scope, request.params.waveId);
      return (await listIndicators(db, scope.organisationId, wave.id)).map(presentIndicator);
    },
  );

  s.put(
    '/monitor/waves/:waveId/indicators/:key',
    {
      schema: {
        tags,
        summary: 'Define or redefine an indicator',
        params: IndicatorParams,
        body: IndicatorBody,
        response: { 200: Indicator },
      },
      config: run,
    },
    async (request) => {
      const { key, waveId } = request.params;
      const row = await saveIndicator(requestContext(deps, request), waveId, {
        key,
        questions: [],
        ...request.body,
      });
      return presentIndicator(row);
    },
  );

  s.delete(
    '/monitor/waves/:waveId/indicators/:key',
    {
      schema: {
        tags,
        summary: 'Remove an indicator',
        params: IndicatorParams,
        response: { 204: z.null() },
      },
      config: run,
    },
    async (request, reply) => {
      await removeIndicator(
        requestContext(deps, request),
        request.params.waveId,
        request.params.key,
      );
      return reply.status(204).send(null);
    },
  );

  s.get(
    '/monitor/waves/:waveId/results',
    {
      schema: {
        tags,
        summary:
          'Weighted estimates with 95% intervals per indicator and breakdown, with charts (SVG)',
        params: WaveParams,
        response: { 200: WaveResultsSchema },
      },
      config: read,
    },
    async (request) =>
      finiteNumbers(
        await getWaveResults(requestContext(deps, request), request.params.waveId),
      ) as never,
  );

  s.get(
    '/monitor/trends',
    {
      schema: {
        tags,
        summary: 'Trends across waves with significance and comparability',
        params: OrgParams,
        querystring: TrendsQuery,
        response: { 200: TrendsSchema },
      },
      config: read,
    },
    async (request) =>
      finiteNumbers(
        await getTrends(requestContext(deps, request), request.query.population),
      ) as never,
  );

  s.post(
    '/monitor/waves/:waveId/publish',
    {
      schema: {
        tags,
        summary: 'Publish a closed wave (snapshot of the figures)',
        params: WaveParams,
        response: { 201: Publication },
      },
      config: run,
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const row = await publishWave(db, scope, request.params.waveId, auditOrigin(request));
      const wave = await visibleWave(db, scope, request.params.waveId);
      return reply.status(201).send(
        presentPublication({
          ...row,
          year: wave.year,
          population: wave.population,
          synthetic: wave.synthetic,
        }),
      );
    },
  );

  s.get(
    '/monitor/reports',
    {
      schema: {
        tags,
        summary: 'Published reports',
        params: OrgParams,
        response: { 200: z.array(Publication) },
      },
      config: read,
    },
    async (request) =>
      (await listPublications(db, scopeOf(request).organisationId)).map(presentPublication),
  );

  s.get(
    '/monitor/reports/:reportId',
    {
      schema: {
        tags,
        summary: 'A published report as data',
        params: ReportParams,
        response: { 200: ReportSchema },
      },
      config: read,
    },
    async (request) => {
      const { row, body } = await readReport(
        requestContext(deps, request),
        request.params.reportId,
        'json',
      );
      return { publication: presentPublication(row), content: body } as never;
    },
  );

  s.get(
    '/monitor/reports/:reportId/rapport.html',
    {
      schema: {
        tags,
        summary: 'A published report as an accessible HTML document',
        params: ReportParams,
      },
      config: read,
    },
    async (request, reply) => {
      const { body } = await readReport(
        requestContext(deps, request),
        request.params.reportId,
        'html',
      );
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
    },
  );

  s.get(
    '/monitor/reports/:reportId/rapport.pdf',
    {
      schema: { tags, summary: 'A published report as a tagged PDF', params: ReportParams },
      config: read,
    },
    async (request, reply) => {
      const { row, body } = await readReport(
        requestContext(deps, request),
        request.params.reportId,
        'pdf',
      );
      const name = `monitor-${row.year}-${row.population === 'office_holders' ? 'ambtsdragers' : 'ambtenaren'}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
