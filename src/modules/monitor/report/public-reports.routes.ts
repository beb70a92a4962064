import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { presentPublication } from '../monitor.presenter';
import { Publication } from '../monitor.schemas';
import { ReportSchema } from '../results/results.schemas';
import { listPublicReports, readPublicReport } from './use-cases/read-public-report';

const tags = ['monitor'];
const PublicReportParams = z.object({ reportId: z.uuid().describe('Publication id') }).strict();
const PublicPublication = Publication.extend({
  organisationName: z.string().describe('The organisation that published it'),
});

/**
 * A published Monitor report is a public document: anyone may read it without logging in
 * (its figures passed the publication's disclosure rules). Unpublished waves have no
 * publication, so they stay out of reach (404).
 */
export async function publicReportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { anonymous: true, csrf: false } as const;
  const base = '/api/v1/public/monitor/reports';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'Every published Monitor report (public, no login)',
        response: { 200: z.array(PublicPublication) },
      },
      config,
    },
    async () =>
      (await listPublicReports(deps.db)).map(({ row, organisationName }) => ({
        ...presentPublication(row),
        organisationName,
      })),
  );

  r.get(
    `${base}/:reportId`,
    {
      schema: {
        tags,
        summary: 'A published Monitor report as data (public, no login)',
        params: PublicReportParams,
        response: { 200: ReportSchema.extend({ organisationName: z.string() }) },
      },
      config,
    },
    async (request) => {
      const { row, organisation, body } = await readPublicReport(
        deps.db,
        request.params.reportId,
        'json',
      );
      return {
        publication: presentPublication(row),
        content: body,
        organisationName: organisation,
      } as never;
    },
  );

  r.get(
    `${base}/:reportId/rapport.html`,
    {
      schema: {
        tags,
        summary: 'A published Monitor report as an accessible HTML document (public)',
        params: PublicReportParams,
      },
      config,
    },
    async (request, reply) => {
      const { body } = await readPublicReport(deps.db, request.params.reportId, 'html');
      return reply.type('text/html; charset=utf-8').send(body);
    },
  );

  r.get(
    `${base}/:reportId/rapport.pdf`,
    {
      schema: {
        tags,
        summary: 'A published Monitor report as a tagged PDF (public)',
        params: PublicReportParams,
      },
      config,
    },
    async (request, reply) => {
      const { row, body } = await readPublicReport(deps.db, request.params.reportId, 'pdf');
      const name = `monitor-${row.year}-${row.population === 'office_holders' ? 'ambtsdragers' : 'ambtenaren'}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .send(body);
    },
  );
}
