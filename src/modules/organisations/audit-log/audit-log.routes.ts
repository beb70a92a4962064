import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../platform/deps';
import { csvText } from '../../../platform/files/csv';
import { sendDownload } from '../../../platform/http/download';
import { registerScoped, scopeOf } from '../../../platform/http/scope';
import { amsterdamDate } from '../../../platform/time';
import { requestContext } from '../../../platform/use-case';
import { canReadAuditLog } from '../organisations.policy';
import { OrgParams } from '../organisations.schemas';
import { AuditChainStatus, AuditFilterQuery, AuditPage, AuditPageQuery } from './audit-log.schemas';
import { exportAuditLog, readAuditLog, verifyAuditLog } from './use-cases/read-audit-log';

const tags = ['organisations'];
const reader = { policy: canReadAuditLog, denyAs: 403 } as const;

/** The organisation's audit log for its admins and privacy officers: read, export, verify. */
export async function auditLogRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();

    s.get(
      '/audit-log',
      {
        schema: {
          tags,
          summary: 'Audit events of the organisation, newest first, filtered and paged',
          params: OrgParams,
          querystring: AuditPageQuery,
          response: { 200: AuditPage },
        },
        config: reader,
      },
      async (request) => {
        const { limit, offset, ...filter } = request.query;
        return readAuditLog(requestContext(deps, request), filter, { limit, offset });
      },
    );

    s.get(
      '/audit-log/export',
      {
        schema: {
          tags,
          summary: 'The filtered audit log as CSV (semicolon separated, UTF-8 with BOM)',
          params: OrgParams,
          querystring: AuditFilterQuery,
        },
        config: reader,
      },
      async (request, reply) => {
        const rows = await exportAuditLog(requestContext(deps, request), request.query);
        const day = amsterdamDate(new Date());
        const name = `auditlog-${scopeOf(request).organisationCode}-${day}.csv`;
        return sendDownload(
          reply,
          Buffer.from(csvText(rows, ';', { bom: true })),
          name,
          'text/csv; charset=utf-8',
        );
      },
    );

    s.get(
      '/audit-log/verify',
      {
        schema: {
          tags,
          summary: "Check the organisation's audit chain as `weerbaar audit verify` does",
          params: OrgParams,
          response: { 200: AuditChainStatus },
        },
        config: reader,
      },
      async (request) => verifyAuditLog(requestContext(deps, request)),
    );
  });
}
