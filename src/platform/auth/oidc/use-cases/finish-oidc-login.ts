import type { Db } from '../../../../db/database';
import { anonymousActor, audit, auditSeparately, personActor } from '../../../audit/audit';
import { isRole } from '../../roles';
import { createSession } from '../../session-store';
import { safeEqual, sha256 } from '../../tokens';
import { decideAccount, isProvisionableRole, type RefusalReason } from '../oidc.policy';
import {
  consumeLoginState,
  findConfig,
  findLinkedPerson,
  findPersonByEmailIn,
  grantRole,
  insertOidcPerson,
  linkIdentity,
  listVerifiedDomains,
} from '../oidc.repository';
import type { OidcIdentityClaims } from '../oidc-client';
import { clientSettings, type OidcLoginDeps } from '../oidc-settings';

/** Why a callback did not end in a session; each becomes the audit action `login.oidc.<reason>`. */
export type OidcFailure =
  | 'state_unknown'
  | 'state_expired'
  | 'browser_mismatch'
  | 'idp_error'
  | 'not_configured'
  | 'token_invalid'
  | 'conflict'
  | RefusalReason;

export type FinishOutcome =
  | { ok: true; token: string; csrfToken: string; personId: string; returnTo: string }
  | { ok: false; reason: OidcFailure };

/** Longest display name taken from the IdP. */
const MAX_DISPLAY_NAME = 200;

/**
 * Complete a login on the IdP's callback. The state is taken out of the
 * table first (so a replayed callback fails), must not be expired, and must
 * match the state bound to this browser at the start (so nobody can log a
 * victim into the attacker's account by sending them a callback link).
 * Then the code is exchanged and the tokens validated, and the identity is
 * mapped to a person (see `decideAccount`). Every failure is audited on the
 * platform chain and returned, never thrown, so the route can send the
 * person back to the login page.
 */
export async function finishOidcLogin(
  deps: OidcLoginDeps,
  input: { query: URLSearchParams; browserState: string | undefined; origin: string },
): Promise<FinishOutcome> {
  const { db } = deps;
  const fail = async (reason: OidcFailure, organisationId: string | null) => {
    await auditFailure(db, reason, organisationId, input.origin);
    return { ok: false as const, reason };
  };

  const state = input.query.get('state');
  const pending = state ? await consumeLoginState(db, sha256(state)) : undefined;
  if (!state || !pending) return fail('state_unknown', null);
  const orgId = pending.organisation_id;
  if (new Date(pending.expires_at).getTime() < Date.now()) return fail('state_expired', orgId);
  if (!input.browserState || !safeEqual(input.browserState, state)) {
    return fail('browser_mismatch', orgId);
  }
  if (input.query.has('error')) return fail('idp_error', orgId);

  const config = await findConfig(db, orgId);
  if (!config?.enabled) return fail('not_configured', orgId);
  const settings = await clientSettings(db, deps.keyring, config);

  let claims: OidcIdentityClaims;
  try {
    const callbackUrl = new URL(`${deps.redirectUri}?${input.query.toString()}`);
    claims = await deps.oidc.exchangeCode(settings, callbackUrl, {
      state,
      nonce: pending.nonce,
      codeVerifier: pending.code_verifier,
    });
  } catch {
    return fail('token_invalid', orgId);
  }

  let outcome: Awaited<ReturnType<typeof signIn>>;
  try {
    outcome = await signIn(deps.db, orgId, config.default_role, claims, input.origin);
  } catch (error) {
    // Two first logins of one person at the same moment: one wins, the other may retry.
    if ((error as { code?: string }).code === '23505') return fail('conflict', orgId);
    throw error;
  }
  if (outcome.kind === 'refuse') return fail(outcome.reason, orgId);
  return {
    ok: true,
    token: outcome.token,
    csrfToken: outcome.csrfToken,
    personId: outcome.personId,
    returnTo: pending.return_to,
  };
}

/** Map the identity to a person, provision or link as decided, and open a session: one transaction. */
async function signIn(
  db: Db,
  orgId: string,
  defaultRole: string,
  claims: OidcIdentityClaims,
  origin: string,
) {
  return db.transaction().execute(async (trx) => {
    const decision = decideAccount(claims, {
      linkedPerson: await findLinkedPerson(trx, claims.issuer, claims.subject, orgId),
      emailPerson: claims.email ? await findPersonByEmailIn(trx, claims.email, orgId) : null,
      verifiedDomains: new Set(await listVerifiedDomains(trx, orgId)),
    });
    if (decision.kind === 'refuse') return decision;
    let personId: string;
    if (decision.kind === 'create') {
      personId = await insertOidcPerson(trx, claims.email!, displayName(claims));
      await linkIdentity(trx, claims.issuer, claims.subject, personId);
      // The admin route only stores provisionable roles; the check guards older rows.
      const allowed = isRole(defaultRole) && isProvisionableRole(defaultRole);
      await grantRole(trx, orgId, personId, allowed ? defaultRole : 'reporter');
      await audit(trx, personActor(orgId, personId, origin), 'oidc.person_provisioned', {
        type: 'person',
        id: personId,
      });
    } else {
      personId = decision.personId;
      if (decision.kind === 'link_by_email') {
        await linkIdentity(trx, claims.issuer, claims.subject, personId);
        await audit(trx, personActor(orgId, personId, origin), 'oidc.identity_linked', {
          type: 'person',
          id: personId,
        });
      }
    }
    // Rights in this organisation only, never platform-admin rights (ADR 0021).
    const session = await createSession(trx, personId, 'oidc', { organisationId: orgId });
    await audit(trx, personActor(null, personId, origin), 'login.oidc.succeeded', {
      type: 'organisation',
      id: orgId,
    });
    return { kind: 'session' as const, personId, ...session };
  });
}

function displayName(claims: OidcIdentityClaims): string {
  const name = claims.name?.trim();
  if (name) return name.slice(0, MAX_DISPLAY_NAME);
  return (claims.email ?? claims.subject).split('@')[0]!.slice(0, MAX_DISPLAY_NAME);
}

async function auditFailure(
  db: Db,
  reason: OidcFailure,
  organisationId: string | null,
  origin: string,
) {
  const refused = [
    'not_member',
    'no_email',
    'email_unverified',
    'email_taken',
    'domain_unverified',
  ].includes(reason);
  await auditSeparately(
    db,
    anonymousActor(null, origin),
    `login.oidc.${reason}`,
    { type: 'organisation', id: organisationId },
    refused ? 'denied' : 'failure',
  );
}
