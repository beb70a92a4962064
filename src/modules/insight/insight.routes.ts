import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps';
import { csvText } from '../../platform/files/csv';
import { sendDownload } from '../../platform/http/download';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { canEditHeadcount, canViewDashboard, canViewNational } from './insight.policy';
import { dashboardCsvRows } from './insight.presenter';
import {
  Dashboard,
  DashboardCsvQuery,
  DashboardQuery,
  DistrictInsight,
  DistrictInsightQuery,
  HeadcountBody,
  OrgParams,
  UnderRegistration,
  UnderRegistrationQuery,
} from './insight.schemas';
import { districtCsvRows, getDistrictInsight } from './use-cases/district-insight';
import { getDashboard } from './use-cases/get-dashboard';
import {
  getNationalUnderRegistration,
  getUnderRegistration,
  updateHeadcount,
} from './use-cases/under-registration';

const tags = ['insight'];

/** The organisation dashboard (JSON with charts and tables) and its CSV download. */
export async function insightRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const config = { policy: canViewDashboard };

    s.get(
      '/insight/dashboard',
      {
        schema: {
          tags,
          summary: 'Dashboard of the organisation: reports over time, handling, legal clocks',
          params: OrgParams,
          querystring: DashboardQuery,
          response: { 200: Dashboard },
        },
        config,
      },
      async (request) => getDashboard(requestContext(deps, request), request.query),
    );

    s.get(
      '/insight/dashboard.csv',
      {
        schema: {
          tags,
          summary: 'The dashboard tables as CSV (semicolon-separated), all or one',
          params: OrgParams,
          querystring: DashboardCsvQuery,
        },
        config,
      },
      async (request, reply) => {
        const { table, ...query } = request.query;
        const dashboard = await getDashboard(requestContext(deps, request), query);
        const csv = csvText(dashboardCsvRows(dashboard, table), ';', { bom: true });
        const name = `inzicht-${table ?? 'dashboard'}-${dashboard.from}-${dashboard.to}.csv`;
        return sendDownload(reply, Buffer.from(csv), name, 'text/csv; charset=utf-8');
      },
    );

    s.get(
      '/insight/districts',
      {
        schema: {
          tags,
          summary:
            'Reports in a public place per wijk and buurt, next to CBS context figures (within the organisation)',
          params: OrgParams,
          querystring: DistrictInsightQuery,
          response: { 200: DistrictInsight },
        },
        config,
      },
      async (request) => getDistrictInsight(requestContext(deps, request), request.query),
    );

    s.get(
      '/insight/districts.csv',
      {
        schema: {
          tags,
          summary: 'The wijk/buurt table as CSV (semicolon-separated)',
          params: OrgParams,
          querystring: DistrictInsightQuery,
        },
        config,
      },
      async (request, reply) => {
        const view = await getDistrictInsight(requestContext(deps, request), request.query);
        const csv = csvText(districtCsvRows(view), ';', { bom: true });
        const name = `inzicht-wijken-${view.from}-${view.to}.csv`;
        return sendDownload(reply, Buffer.from(csv), name, 'text/csv; charset=utf-8');
      },
    );

    s.get(
      '/insight/under-registration',
      {
        schema: {
          tags,
          summary:
            'Registered reports per 100 office holders and employees against the Monitor: estimated share not registered',
          params: OrgParams,
          querystring: UnderRegistrationQuery,
          response: { 200: UnderRegistration },
        },
        config,
      },
      async (request) => getUnderRegistration(requestContext(deps, request), request.query),
    );

    s.put(
      '/insight/headcount',
      {
        schema: {
          tags,
          summary: 'Record the number of office holders and employees (organisation admin)',
          params: OrgParams,
          body: HeadcountBody,
          response: { 200: HeadcountBody },
        },
        config: { policy: canEditHeadcount },
      },
      async (request) => updateHeadcount(requestContext(deps, request), request.body),
    );

    s.get(
      '/insight/under-registration/national',
      {
        schema: {
          tags,
          summary: 'The national under-registration estimate (national analysts, researchers)',
          params: OrgParams,
          querystring: UnderRegistrationQuery,
          response: { 200: UnderRegistration },
        },
        config: { policy: canViewNational },
      },
      async (request) => getNationalUnderRegistration(requestContext(deps, request), request.query),
    );
  });
}
