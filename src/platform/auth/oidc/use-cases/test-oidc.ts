import { auditSeparately } from '../../../audit/audit';
import type { UseCaseContext } from '../../../use-case';
import type { OidcClient } from '../oidc-client';
import { discoverIssuer } from './configure-oidc';

/** Claims Weerbaar reads from the ID token, and what it uses them for. */
export const MAPPED_CLAIMS = [
  { claim: 'sub', usedFor: 'vaste koppeling aan de persoon' },
  { claim: 'email', usedFor: 'e-mailadres (moet bij een geverifieerd domein horen)' },
  { claim: 'email_verified', usedFor: 'het adres is door de aanbieder gecontroleerd' },
  { claim: 'name', usedFor: 'weergavenaam' },
] as const;

/**
 * "Test sign-in": run discovery against an issuer and report what it answered, without
 * saving anything. An issuer that does not answer gives the same message as saving would.
 */
export async function testOidc(
  ctx: UseCaseContext,
  oidc: OidcClient,
  body: { issuer: string; clientId: string },
) {
  const metadata = await discoverIssuer(oidc, body.issuer, body.clientId);
  await auditSeparately(ctx.db, ctx, 'oidc_config.test', {
    type: 'oidc_config',
    id: ctx.scope.organisationId,
  });
  const supported = new Set((metadata.claims_supported as string[] | undefined) ?? []);
  return {
    issuer: metadata.issuer,
    authorizationEndpoint: String(metadata.authorization_endpoint),
    tokenEndpoint: String(metadata.token_endpoint),
    userinfoEndpoint: metadata.userinfo_endpoint ? String(metadata.userinfo_endpoint) : null,
    scopesSupported: (metadata.scopes_supported as string[] | undefined) ?? [],
    codeChallengeMethods: (metadata.code_challenge_methods_supported as string[] | undefined) ?? [],
    claims: MAPPED_CLAIMS.map((c) => ({
      ...c,
      offered: supported.size === 0 ? null : supported.has(c.claim),
    })),
  };
}
