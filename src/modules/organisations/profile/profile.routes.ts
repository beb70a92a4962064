import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../platform/deps';
import { registerScoped } from '../../../platform/http/scope';
import { requestContext } from '../../../platform/use-case';
import { canAdministerOrganisation } from '../organisations.policy';
import { OrgParams } from '../organisations.schemas';
import { Profile, ProfileBody } from './profile.schemas';
import { readProfile, updateProfile } from './use-cases/profile';

const tags = ['organisations'];
const admin = { policy: canAdministerOrganisation, denyAs: 403 } as const;

/** The organisation's name and contact details, for its administrators. */
export async function profileRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    s.get(
      '/profile',
      {
        schema: {
          tags,
          summary: 'Name, contact details and theme of the organisation',
          params: OrgParams,
          response: { 200: Profile },
        },
        config: admin,
      },
      async (request) => readProfile(requestContext(deps, request)),
    );
    s.put(
      '/profile',
      {
        schema: {
          tags,
          summary: 'Change the name and contact details (stored encrypted)',
          params: OrgParams,
          body: ProfileBody,
          response: { 200: Profile },
        },
        config: admin,
      },
      async (request) => updateProfile(requestContext(deps, request), request.body),
    );
  });
}
