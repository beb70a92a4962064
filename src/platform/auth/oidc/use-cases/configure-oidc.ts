import { audit } from '../../../audit/audit';
import { AppError } from '../../../errors/app-error';
import type { UseCaseContext } from '../../../use-case';
import { findConfig, type OidcConfigRow, upsertConfig } from '../oidc.repository';
import type { OidcSettingsBody } from '../oidc.schemas';
import { type DiscoveryFailure, type OidcClient, OidcDiscoveryError } from '../oidc-client';

const DISCOVERY_MESSAGES: Record<DiscoveryFailure, string> = {
  insecure: 'Het adres van de OIDC-aanbieder moet met https:// beginnen.',
  unreachable:
    'De OIDC-aanbieder op dit adres is niet bereikbaar. Controleer het adres en probeer het opnieuw.',
  invalid:
    'Op dit adres staat geen geldige OIDC-aanbieder: /.well-known/openid-configuration ontbreekt of klopt niet.',
};

/** Discovery of `issuer`; a failure is a problem detail naming body.issuer. */
export async function discoverIssuer(oidc: OidcClient, issuer: string, clientId: string) {
  try {
    return await oidc.discover(issuer, clientId);
  } catch (error) {
    if (!(error instanceof OidcDiscoveryError)) throw error;
    const message = DISCOVERY_MESSAGES[error.reason];
    throw new AppError('validation_failed', message, {
      fields: [{ field: 'body.issuer', message }],
    });
  }
}

/**
 * Store an organisation's OIDC settings after checking the issuer by running
 * discovery, so a typo is caught now and not at someone's first login. The
 * client secret is encrypted with the organisation's key; leaving it out
 * keeps the stored one.
 */
export async function configureOidc(
  ctx: UseCaseContext,
  oidc: OidcClient,
  body: OidcSettingsBody,
): Promise<OidcConfigRow> {
  const { scope, origin } = ctx;
  const deps = { ...ctx, oidc };
  const issuer = (await discoverIssuer(oidc, body.issuer, body.clientId)).issuer;
  const orgId = scope.organisationId;
  return deps.db.transaction().execute(async (trx) => {
    const existing = await findConfig(trx, orgId);
    let secret = existing?.client_secret_enc ?? null;
    if (body.clientSecret === null) secret = null;
    else if (body.clientSecret !== undefined) {
      secret = await deps.keyring.encryptText(trx, orgId, body.clientSecret);
    }
    const row = await upsertConfig(trx, {
      organisation_id: orgId,
      issuer,
      client_id: body.clientId,
      client_secret_enc: secret,
      scopes: body.scopes,
      enabled: body.enabled,
      default_role: body.defaultRole,
    });
    await audit(
      trx,
      { organisationId: orgId, actorType: scope.actorType, actorId: scope.actorId, origin },
      existing ? 'oidc_config.update' : 'oidc_config.create',
      { type: 'oidc_config', id: orgId },
    );
    return row;
  });
}
