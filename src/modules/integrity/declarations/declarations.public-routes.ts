import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../platform/deps';
import { publicRegisterCsv } from './declarations.presenter';
import { PublicParams, PublicRegister } from './declarations.schemas';
import { publicRegister } from './use-cases/public-register';

/** Public registers are read by anyone, also by scrapers: generous, but limited. */
const PUBLIC_RATE = { max: 120, timeWindow: '1 minute' };
const tags = ['public-registers'];

type Register = Awaited<ReturnType<typeof publicRegister>>;

/** The public register of side positions per organisation, without login, as JSON and CSV. */
export async function publicRegisterRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { rateLimit: PUBLIC_RATE };

  r.get(
    '/api/v1/public/:organisationCode/side-positions',
    {
      schema: {
        tags,
        summary: 'Side positions, interests and gifts of office holders (public)',
        params: PublicParams,
        response: { 200: PublicRegister },
        security: [],
      },
      config,
    },
    async (request, reply) => {
      void reply.header('access-control-allow-origin', '*');
      return publicRegister(deps.db, request.params.organisationCode);
    },
  );

  /** The register as a file to download; open to other sites like the JSON view. */
  const download = (
    extension: 'json' | 'csv',
    summary: string,
    contentType: string,
    render: (register: Register) => string,
  ) =>
    r.get(
      `/api/v1/public/:organisationCode/side-positions.${extension}`,
      { schema: { tags, summary, params: PublicParams, security: [] }, config },
      async (request, reply) => {
        const register = await publicRegister(deps.db, request.params.organisationCode);
        return reply
          .headers({
            'content-type': contentType,
            'content-disposition': `attachment; filename="nevenfuncties-${register.organisation.code}.${extension}"`,
            'access-control-allow-origin': '*',
          })
          .send(render(register));
      },
    );

  download(
    'json',
    'The public register as a JSON download',
    'application/json; charset=utf-8',
    (register) => JSON.stringify(register, null, 2),
  );
  download(
    'csv',
    'The public register as CSV (one row per declaration)',
    'text/csv; charset=utf-8',
    publicRegisterCsv,
  );
}
