/** Longest return path kept; anything longer falls back to the start page. */
export const MAX_RETURN_PATH_LENGTH = 512;
/** Percent-decoding rounds applied when looking for hidden `//`, `\` or `..`. */
const DECODE_ROUNDS = 3;
const HOME = '/';

/**
 * Where to send the browser after login: only a relative path on this site.
 *
 * Refused (the start page instead): absolute URLs, protocol-relative `//host`,
 * backslashes (browsers read `/\host` as `//host`), dot segments (`/..//host`
 * resolves to `//host`), empty segments, control characters and whitespace
 * (browsers strip tabs and newlines inside URLs), and each of those hidden
 * behind percent-encoding (`/%2F%2Fhost`, `/%5Chost`, `/%2e%2e/`), because a
 * proxy or a later hop may decode them once more. What is left can only ever
 * name a path on our own origin.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > MAX_RETURN_PATH_LENGTH || !value.startsWith('/')) return HOME;
  if (!plainCharacters(value)) return HOME;
  // Only the path decides where the browser goes; the query and fragment stay as sent.
  let path = value.split(/[?#]/, 1)[0] ?? '';
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    if (!plainCharacters(path) || !plainSegments(path)) return HOME;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return HOME;
    }
    if (decoded === path) return value;
    path = decoded;
  }
  // Still changing after several rounds of decoding: nobody needs that.
  return HOME;
}

/** No control characters, whitespace or backslashes. */
function plainCharacters(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || ch === '\\') return false;
  }
  return true;
}

/** Starts with `/`, no dot segments, no empty segment except a trailing slash. */
function plainSegments(path: string): boolean {
  if (!path.startsWith('/')) return false;
  const segments = path.split('/').slice(1);
  return segments.every(
    (segment, i) =>
      segment !== '.' && segment !== '..' && (segment !== '' || i === segments.length - 1),
  );
}
