/** Paths the app itself needs to know; module paths live in their routes.tsx. */
export const HOME_PATH = '/';
export const LOGIN_PATH = '/inloggen';
/** Where a logged-in person changes their password. */
export const CHANGE_PASSWORD_PATH = '/account/wachtwoord';
/** "Mijn account" (header link) and platform administration (header link for platform admins). */
export const ACCOUNT_PATH = '/account';
export const PLATFORM_PATH = '/platform';
/** "Wachtwoord vergeten?" (link on the login page). */
export const FORGOT_PASSWORD_PATH = '/wachtwoord-vergeten';
/** Query parameter on the login page with the in-app path to return to. */
export const RETURN_PARAM = 'terug';

const MAX_RETURN_LENGTH = 512;
/** Control characters, whitespace and backslashes (browsers read `/\host` as `//host`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f\\]/;
/** An empty segment (`//host`) or a dot segment (`/..//host` resolves to `//host`). */
const UNSAFE_SEGMENT = /\/\/|\/\.\.?(\/|$)/;

/**
 * Only in-app paths are allowed as a return address: no other origin, also not
 * behind percent-encoding (`/%2F%2Fevil.example`) or dot segments. The server
 * applies the same rule to its own redirects (src/platform/auth/return-path.ts).
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.length > MAX_RETURN_LENGTH) return HOME_PATH;
  if (UNSAFE_CHARACTER.test(value)) return HOME_PATH;
  let path = value.split(/[?#]/, 1)[0] ?? '';
  for (;;) {
    if (UNSAFE_CHARACTER.test(path) || UNSAFE_SEGMENT.test(path)) return HOME_PATH;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return HOME_PATH;
    }
    if (decoded === path) break;
    path = decoded;
  }
  if (value.startsWith('/api/') || path === LOGIN_PATH) return HOME_PATH;
  return value;
}
