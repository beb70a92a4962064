import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { registerScoped, scopeOf } from '../../http/scope';
import { requestContext } from '../../use-case';
import { canConfigureOidc } from './oidc.policy';
import { presentOidcSettings } from './oidc.presenter';
import { findConfig, listVerifiedDomains } from './oidc.repository';
import {
  OidcSettings,
  OidcSettingsBody,
  OidcTestBody,
  OidcTestResult,
  OrgParams,
} from './oidc.schemas';
import { oidcClientFor } from './oidc-client';
import { redirectUriFor } from './oidc-settings';
import { configureOidc } from './use-cases/configure-oidc';
import { testOidc } from './use-cases/test-oidc';
import { verifiedDomainsRoutes } from './verified-domains.routes';

const tags = ['auth'];

/**
 * GET/PUT /api/v1/orgs/:orgId/oidc: an organisation admin sets up login through their IdP;
 * the platform admin sets which e-mail domains that IdP is trusted for.
 */
export async function oidcAdminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db, config } = deps;
  const oidc = oidcClientFor(config);
  await verifiedDomainsRoutes(app, deps);
  const redirectUri = redirectUriFor(config.publicUrl);

  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();

    s.get(
      '/oidc',
      {
        schema: {
          tags,
          summary: 'OIDC login settings of the organisation (without the client secret)',
          params: OrgParams,
          response: { 200: OidcSettings },
        },
        config: { policy: canConfigureOidc, denyAs: 403 },
      },
      async (request) => {
        const orgId = scopeOf(request).organisationId;
        return presentOidcSettings(
          await findConfig(db, orgId),
          redirectUri,
          await listVerifiedDomains(db, orgId),
        );
      },
    );

    s.put(
      '/oidc',
      {
        schema: {
          tags,
          summary: 'Set up or change OIDC login; the issuer is checked by discovery',
          params: OrgParams,
          body: OidcSettingsBody,
          response: { 200: OidcSettings },
        },
        config: { policy: canConfigureOidc, denyAs: 403 },
      },
      async (request) =>
        presentOidcSettings(
          await configureOidc(requestContext(deps, request), oidc, request.body),
          redirectUri,
          await listVerifiedDomains(db, scopeOf(request).organisationId),
        ),
    );

    s.post(
      '/oidc/test',
      {
        schema: {
          tags,
          summary: 'Test an IdP: run discovery and report what it answered; nothing is saved',
          params: OrgParams,
          body: OidcTestBody,
          response: { 200: OidcTestResult },
        },
        config: { policy: canConfigureOidc, denyAs: 403 },
      },
      async (request) => testOidc(requestContext(deps, request), oidc, request.body),
    );
  });
}
