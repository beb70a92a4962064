/**
 * The intake address of an organisation: meldingen+<organisation code>@<domain>, e.g.
 * meldingen+gm0344@meldingen.example.nl. The code is the organisation's CBS/TOOI code,
 * which people recognise and which is unique, so no address needs to be stored or
 * administered; the "+" tag keeps one mailbox name for every organisation.
 */
export const INTAKE_LOCAL_PART = 'meldingen';

/** Characters a code may have to serve as an address tag (no quoting needed). */
const TAG = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** The tag of an organisation code, or null when the code cannot be one. */
export function intakeTagOf(code: string): string | null {
  const tag = code.trim().toLowerCase();
  return TAG.test(tag) ? tag : null;
}

/** The intake address of an organisation, or null when its code cannot form one. */
export function intakeAddressOf(code: string, domain: string): string | null {
  const tag = intakeTagOf(code);
  return tag ? `${INTAKE_LOCAL_PART}+${tag}@${domain.toLowerCase()}` : null;
}

/**
 * The address an organisation shows its people: only when this server listens for
 * forwarded mail (SMTP_INTAKE_PORT) and the organisation switched intake on.
 */
export function shownIntakeAddress(
  smtpIntake: { domain: string } | null,
  organisationCode: string,
  enabled: boolean,
): string | null {
  return smtpIntake && enabled ? intakeAddressOf(organisationCode, smtpIntake.domain) : null;
}

/**
 * The organisation tag an address names, or null when it is not an intake address of
 * this domain. Case does not matter: mail servers change it freely.
 */
export function parseIntakeAddress(address: string, domain: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const local = address.slice(0, at).toLowerCase();
  if (address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  const prefix = `${INTAKE_LOCAL_PART}+`;
  if (!local.startsWith(prefix)) return null;
  const tag = local.slice(prefix.length);
  return TAG.test(tag) ? tag : null;
}

/** Compare two mail addresses the way people mean them: case-insensitively. */
export function sameAddress(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}
