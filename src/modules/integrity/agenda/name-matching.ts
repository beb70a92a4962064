/**
 * Tolerant matching of organisation names against agenda text, with an explanation
 * for every match. Pure. Names and text are normalised the same way: diacritics,
 * case and punctuation do not count; legal forms (B.V., N.V., Stichting, Vereniging,
 * Coöperatie U.A., …), articles and generic company words are set aside; the name's
 * remaining words are then compared as a set with every stretch of the text of about
 * the same length, each word allowed a small typing difference. A score of
 * MATCH_THRESHOLD or more is a match.
 */

/** Minimum score (0..1) for a match. */
export const MATCH_THRESHOLD = 0.85;
/** Shortest word that may stand alone as a name (shorter ones match too much). */
const MIN_SINGLE_WORD = 4;
/** Shortest word that may differ by one letter, and by two. */
const FUZZY_ONE = 5;
const FUZZY_TWO = 9;

const LEGAL_FORMS = new Set([
  'bv',
  'nv',
  'vof',
  'cv',
  'ua',
  'wa',
  'ba',
  'stichting',
  'stg',
  'vereniging',
  'ver',
  'cooperatie',
  'cooperatieve',
  'maatschap',
  'eenmanszaak',
  'ltd',
  'gmbh',
  'inc',
  'llc',
  'bvba',
  'sa',
]);
const ARTICLES = new Set([
  'de',
  'het',
  'een',
  'van',
  'der',
  'den',
  'en',
  'voor',
  'in',
  'op',
  'te',
  't',
  'aan',
  'tot',
]);
/** Words that say little on their own; set aside when the name has other words. */
const GENERIC = new Set([
  'holding',
  'groep',
  'group',
  'beheer',
  'nederland',
  'international',
  'management',
]);

export interface Token {
  /** Normalised form: lower case, no diacritics. */
  norm: string;
  /** Offsets of the token in the original text. */
  start: number;
  end: number;
}

/** Lower case without diacritics (é -> e, ö -> o, ĳ -> ij). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Words of a text with their positions. Runs of single letters separated by dots
 * ("B.V.", "V.O.F.") become one word ("bv", "vof").
 */
export function tokenize(text: string): Token[] {
  const raw: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    raw.push({ norm: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  const out: (Token & { initials: boolean })[] = [];
  for (const token of raw) {
    const last = out.at(-1);
    const letter = token.norm.length === 1 && /[a-z]/.test(token.norm);
    if (
      last &&
      letter &&
      text.slice(last.end, token.start) === '.' &&
      (last.initials || last.norm.length === 1)
    ) {
      last.norm += token.norm;
      last.end = token.end;
      last.initials = true;
    } else {
      out.push({ ...token, initials: false });
    }
  }
  return out.map(({ norm, start, end }) => ({ norm, start, end }));
}

/** The words of a name that carry its identity, and what was set aside (for the explanation). */
export function nameWords(name: string): { words: string[]; ignored: string[] } {
  const all = tokenize(name).map((t) => t.norm);
  const ignored: string[] = [];
  let words = all.filter((w) => {
    const drop = LEGAL_FORMS.has(w) || ARTICLES.has(w);
    if (drop) ignored.push(w);
    return !drop;
  });
  if (words.length === 0) return { words: all.filter((w) => !LEGAL_FORMS.has(w)), ignored };
  const specific = words.filter((w) => !GENERIC.has(w));
  if (specific.length > 0 && specific.length < words.length) {
    ignored.push(...words.filter((w) => GENERIC.has(w)));
    words = specific;
  }
  return { words, ignored };
}

/** Levenshtein distance, giving up (returning max + 1) beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Similarity of two words (0..1): equal, or a typing difference allowed by their length. */
export function wordSimilarity(a: string, b: string): { score: number; distance: number } {
  if (a === b) return { score: 1, distance: 0 };
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= FUZZY_TWO ? 2 : shorter >= FUZZY_ONE ? 1 : 0;
  if (allowed === 0) return { score: 0, distance: Number.POSITIVE_INFINITY };
  const distance = editDistance(a, b, allowed);
  if (distance > allowed) return { score: 0, distance };
  return { score: 1 - distance / Math.max(a.length, b.length), distance };
}

export interface WordPair {
  declared: string;
  found: string;
  distance: number;
}

export interface NameMatch {
  score: number;
  /** The stretch of the original text that matched. */
  excerpt: string;
  pairs: WordPair[];
  ignored: string[];
}

/** Pair each name word with its best unused word of a window; score = sum / max(sizes). */
function scoreWindow(words: readonly string[], window: readonly Token[]) {
  const used = new Set<number>();
  const pairs: WordPair[] = [];
  let sum = 0;
  for (const word of words) {
    let best = { index: -1, score: 0, distance: 0 };
    window.forEach((t, i) => {
      if (used.has(i)) return;
      const s = wordSimilarity(word, t.norm);
      if (s.score > best.score) best = { index: i, score: s.score, distance: s.distance };
    });
    if (best.index >= 0) {
      used.add(best.index);
      sum += best.score;
      pairs.push({ declared: word, found: window[best.index]!.norm, distance: best.distance });
    }
  }
  return { score: sum / Math.max(words.length, window.length), pairs };
}

/**
 * The best match of `name` in `text`, or null when nothing reaches MATCH_THRESHOLD.
 * Windows of the text's meaningful words of the name's length, one shorter and one
 * longer are compared as sets, so word order does not matter.
 */
export function matchName(name: string, text: string): NameMatch | null {
  const { words, ignored } = nameWords(name);
  if (words.length === 0) return null;
  if (words.length === 1 && words[0]!.length < MIN_SINGLE_WORD) return null;
  const tokens = tokenize(text).filter((t) => !LEGAL_FORMS.has(t.norm) && !ARTICLES.has(t.norm));
  let best: NameMatch | null = null;
  for (let size = Math.max(1, words.length - 1); size <= words.length + 1; size++) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const window = tokens.slice(i, i + size);
      const { score, pairs } = scoreWindow(words, window);
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) {
        best = {
          score: Math.round(score * 100) / 100,
          excerpt: text.slice(window[0]!.start, window.at(-1)!.end),
          pairs,
          ignored,
        };
      }
    }
  }
  return best;
}

/** The Dutch explanation shown to the clerk and the office holder. */
export function explainMatch(
  declared: { name: string; holder: string; kind: string },
  item: { itemNo: string; title: string },
  match: NameMatch,
): string {
  const pairs = match.pairs
    .map((p) =>
      p.distance === 0
        ? `${p.declared} = ${p.found}`
        : `${p.declared} ≈ ${p.found} (${p.distance} ${p.distance === 1 ? 'letter' : 'letters'} verschil)`,
    )
    .join(', ');
  const ignored =
    match.ignored.length > 0
      ? ` Buiten beschouwing: ${[...new Set(match.ignored)].join(', ')}.`
      : '';
  return `"${declared.name}" (${declared.kind} van ${declared.holder}) komt overeen met "${match.excerpt}" in agendapunt ${item.itemNo} ("${item.title}"). Woorden: ${pairs}.${ignored} Overeenkomst ${Math.round(match.score * 100)}%.`;
}
