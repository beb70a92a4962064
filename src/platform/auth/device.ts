import Bowser from 'bowser';

/** Longest user-agent string read (a longer one is cut off before parsing). */
const MAX_USER_AGENT = 512;
/** Longest label stored. */
const MAX_LABEL = 80;

/**
 * A short, recognisable label for the browser and system a session was opened from
 * ("Firefox op Linux"), for the person's own session list. Only this label is stored,
 * never the user-agent string itself (less to keep, nothing to fingerprint with).
 */
export function deviceLabel(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent.slice(0, MAX_USER_AGENT));
  const parts = [browser.name, os.name].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return null;
  return parts.join(' op ').slice(0, MAX_LABEL);
}
