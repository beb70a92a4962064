/** Paths the app itself needs to know; module paths live in their routes.tsx. */
export const HOME_PATH = '/';
export const LOGIN_PATH = '/inloggen';
/** Query parameter on the login page with the in-app path to return to. */
export const RETURN_PARAM = 'terug';

/** Only in-app paths are allowed as a return address (no `//evil.example`). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return HOME_PATH;
  }
  if (value.startsWith('/api/') || value === LOGIN_PATH) return HOME_PATH;
  return value;
}
