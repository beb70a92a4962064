import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { canListDistricts, canManageDistricts } from './districts.policy';
import {
  BoundariesBody,
  DistrictList,
  FiguresBody,
  FiguresResult,
  MAX_BOUNDARY_BYTES,
  MAX_FIGURES_BYTES,
  OrgParams,
} from './districts.schemas';
import { getDistricts } from './use-cases/list-districts';
import { uploadBoundaries } from './use-cases/upload-boundaries';
import { uploadFigures } from './use-cases/upload-figures';

const tags = ['districts'];
/** The JSON around a boundary file: its text escaped, plus the file name. */
const BOUNDARY_BODY_LIMIT = 2 * MAX_BOUNDARY_BYTES;

/** Wijken and buurten: the list (picker), the boundary upload and the context figures. */
export async function districtsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const admin = { policy: canManageDistricts };

    s.get(
      '/districts',
      {
        schema: {
          tags,
          summary: 'The wijken and buurten of the organisation by name, and what was uploaded',
          params: OrgParams,
          response: { 200: DistrictList },
        },
        config: { policy: canListDistricts },
      },
      async (request) => getDistricts(requestContext(deps, request)),
    );

    s.put(
      '/districts/boundaries',
      {
        bodyLimit: BOUNDARY_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Upload wijk/buurt boundaries (GeoJSON or TopoJSON, WGS84 or RD New); replaces the previous ones',
          params: OrgParams,
          body: BoundariesBody,
          response: { 200: DistrictList },
        },
        config: admin,
      },
      async (request) => uploadBoundaries(requestContext(deps, request), request.body),
    );

    s.put(
      '/districts/figures',
      {
        bodyLimit: 2 * MAX_FIGURES_BYTES,
        schema: {
          tags,
          summary: 'Upload CBS "Kerncijfers wijken en buurten" context figures by code (CSV)',
          params: OrgParams,
          body: FiguresBody,
          response: { 200: FiguresResult },
        },
        config: admin,
      },
      async (request) => uploadFigures(requestContext(deps, request), request.body),
    );
  });
}
