import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { readUpload } from '../../../platform/files/single-upload';
import { registerScoped } from '../../../platform/http/scope';
import { requestContext } from '../../../platform/use-case';
import { canAdministerOrganisation } from '../organisations.policy';
import { OrgParams } from '../organisations.schemas';
import { LogoSaved, PublicLogoParams } from './logo.schemas';
import { LOGO_MAX_BYTES } from './logo-type';
import { readPublicLogo, removeOrganisationLogo, setOrganisationLogo } from './use-cases/logo';

const tags = ['organisations'];
const admin = { policy: canAdministerOrganisation, denyAs: 403 } as const;

/**
 * An SVG is a document that could carry script: served on its own it may run nothing, load
 * nothing and only style itself. (In an <img> a browser never runs an SVG's script anyway.)
 */
export const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'";
/** Public logos are the same for everyone; a new logo gets a new URL (?v=). */
const PUBLIC_RATE = { max: 300, timeWindow: '1 minute' };
const LOGO_CACHE = 'public, max-age=3600';

/** The organisation's logo: replaced and removed by its admins, read by anyone. */
export async function logoRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/public/organisations/:code/logo',
    {
      schema: {
        tags,
        summary: "An organisation's logo (public)",
        description:
          'PNG, JPEG or SVG with its own fixed Content-Type and a Content-Security-Policy that lets an SVG run and load nothing. 404 when the organisation has no logo or is deactivated.',
        params: PublicLogoParams,
        security: [],
      },
      config: { rateLimit: PUBLIC_RATE },
    },
    async (request, reply) => {
      const logo = await readPublicLogo(deps, request.params.code);
      const etag = `"${logo.updatedAt.getTime().toString(36)}"`;
      void reply.headers({
        'content-type': logo.mediaType,
        'content-security-policy': LOGO_CSP,
        'x-content-type-options': 'nosniff',
        'content-disposition': 'inline',
        'cache-control': LOGO_CACHE,
        etag,
      });
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.status(200).send(logo.bytes);
    },
  );

  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    s.put(
      '/logo',
      {
        schema: {
          tags,
          summary: 'Replace the logo',
          description: `Multipart with one file in the field "file": PNG, JPEG or SVG, at most ${LOGO_MAX_BYTES / 1024} kB, recognised by its content (the extension must agree). Stored encrypted.`,
          consumes: ['multipart/form-data'],
          params: OrgParams,
          response: { 200: LogoSaved },
        },
        config: admin,
      },
      async (request) => {
        const upload = await readUpload(request, LOGO_MAX_BYTES);
        return setOrganisationLogo(requestContext(deps, request), upload);
      },
    );
    s.delete(
      '/logo',
      {
        schema: {
          tags,
          summary: 'Remove the logo',
          params: OrgParams,
          response: { 204: z.null() },
        },
        config: admin,
      },
      async (request, reply) => {
        await removeOrganisationLogo(requestContext(deps, request));
        return reply.status(204).send(null);
      },
    );
  });
}
