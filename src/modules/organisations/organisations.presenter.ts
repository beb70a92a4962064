import type { MembershipSummary } from '../../platform/auth/actor';
import type { OrganisationRow } from '../../platform/identity';
import { MAX_THEME_TOKENS, ThemeToken, ThemeValue } from './organisations.schemas';

export function presentOrganisation(row: OrganisationRow, logoUrl: string | null = null) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    theme: row.theme ?? {},
    logoUrl,
  };
}

export function presentMembership(m: MembershipSummary) {
  return {
    organisationId: m.organisationId,
    code: m.code,
    name: m.name,
    type: m.type as OrganisationRow['type'],
    roles: m.roles,
  };
}

export function presentToken(row: {
  id: string;
  name: string;
  role: string;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}) {
  return {
    id: row.id,
    name: row.name,
    role: row.role as never,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: row.expires_at ? new Date(row.expires_at).toISOString() : null,
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
    revoked: row.revoked_at !== null,
  };
}

/**
 * The theme as the public pages may show it: only the tokens whose name and value pass the
 * theme schema, so that nothing stored past the API (say, written to the database directly)
 * is reflected into the style of a public page.
 */
export function presentPublicTheme(theme: Record<string, unknown> | null): Record<string, string> {
  const valid = Object.entries(theme ?? {}).filter(
    ([name, value]) => ThemeToken.safeParse(name).success && ThemeValue.safeParse(value).success,
  );
  return Object.fromEntries(valid.slice(0, MAX_THEME_TOKENS)) as Record<string, string>;
}
