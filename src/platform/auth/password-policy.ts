import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../errors/app-error';

/** Shortest password accepted (NIST SP 800-63B asks at least 8; we ask more). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted (argon2 hashes any length; this bounds the work per request). */
export const MAX_PASSWORD_LENGTH = 256;
/**
 * zxcvbn score required: 4 means at least 10^10 guesses, days of work
 * for an attacker holding the argon2 hashes (ADR 0023).
 */
export const MIN_PASSWORD_SCORE = 4;
/** zxcvbn is quadratic in the length; beyond this the tail adds no useful signal. */
const CHECKED_PREFIX_LENGTH = 100;
/** Name parts this long or longer may not appear in the password. */
const MIN_PERSONAL_WORD_LENGTH = 4;
/** Words the strength check treats as known, besides the person's own. */
const SITE_WORDS = ['weerbaar', 'gemeente', 'provincie', 'waterschap'];

/** Why a password is refused; the web app translates each reason (auth.passwordPolicy.*). */
export type PasswordProblem = 'too_short' | 'too_long' | 'personal' | 'common' | 'guessable';

const DUTCH: Record<PasswordProblem, string> = {
  too_short: `is te kort: gebruik minstens ${MIN_PASSWORD_LENGTH} tekens`,
  too_long: `is te lang: gebruik hoogstens ${MAX_PASSWORD_LENGTH} tekens`,
  personal: 'lijkt op uw naam of e-mailadres',
  common: 'bestaat uit een veelgebruikt wachtwoord, woord of naam',
  guessable: 'is te makkelijk te raden',
};

/** Something the person can do about it, in Dutch; zxcvbn's own advice when it has one. */
const DUTCH_ADVICE =
  'Gebruik bijvoorbeeld een zin van een paar ongewone woorden, of een wachtwoordbeheerder.';

export interface PasswordVerdict {
  ok: boolean;
  problem?: PasswordProblem;
  /** Dutch text for the field error, e.g. "is te kort: gebruik minstens 12 tekens". */
  message?: string;
  /** Dutch advice from the strength check, when it has any. */
  advice?: string;
}

// Built once, on first use: the dictionaries are ~10 MB of JSON that a server
// which never sets a password should not load at startup.
let checker: Promise<ZxcvbnFactory> | null = null;

async function loadChecker(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, en, nl] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-nl-be'),
  ]);
  const dutch = Object.fromEntries(
    Object.entries(nl.dictionary).map(([name, words]) => [`${name}-nl`, words]),
  );
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...dutch },
    graphs: common.adjacencyGraphs,
    translations: nl.translations,
    // Fuzzy matching costs up to a second per check on long passwords; the exact
    // and l33t dictionary matches already catch what matters here.
    useLevenshteinDistance: false,
  });
}

/** Load the dictionaries now (e.g. in the background after startup). */
export function preloadPasswordChecker(): Promise<unknown> {
  checker ??= loadChecker();
  return checker;
}

/** Parts of the person's name and address (three letters or more), lower case. */
function personalWords(person: { email?: string; displayName?: string }): string[] {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    for (const part of (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (part.length >= MIN_PERSONAL_WORD_LENGTH) words.add(part);
    }
  };
  add(person.email?.split('@')[0]);
  add(person.displayName);
  return [...words];
}

/** Judge a new password: length first, then a Dutch and English dictionary strength check. */
export async function judgePassword(
  password: string,
  person: { email?: string; displayName?: string } = {},
): Promise<PasswordVerdict> {
  const refuse = (problem: PasswordProblem, advice?: string): PasswordVerdict => ({
    ok: false,
    problem,
    message: DUTCH[problem],
    advice,
  });
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return refuse('too_short');
  if (length > MAX_PASSWORD_LENGTH) return refuse('too_long');
  const personal = personalWords(person);
  const lower = password.toLowerCase();
  if (personal.some((word) => lower.includes(word))) return refuse('personal');
  checker ??= loadChecker();
  const zxcvbn = await checker;
  const result = zxcvbn.check(password.slice(0, CHECKED_PREFIX_LENGTH), [
    ...personal,
    ...SITE_WORDS,
  ]);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true };
  const advice = result.feedback.warning ?? result.feedback.suggestions[0] ?? DUTCH_ADVICE;
  const matches = result.sequence as { pattern: string; dictionaryName?: string }[];
  const dictionaries = matches
    .filter((m) => m.pattern === 'dictionary')
    .map((m) => m.dictionaryName ?? '');
  if (dictionaries.length > 0) return refuse('common', advice);
  return refuse('guessable', advice);
}

/**
 * Refuse a weak password with problem details naming the field, in Dutch, and
 * a `passwordProblem` code the web app translates.
 */
export async function assertStrongPassword(
  password: string,
  field: string,
  person: { email?: string; displayName?: string } = {},
): Promise<void> {
  const verdict = await judgePassword(password, person);
  if (verdict.ok) return;
  const message = verdict.message ?? DUTCH.guessable;
  throw new AppError(
    'validation_failed',
    `Het wachtwoord ${message}.${verdict.advice ? ` ${verdict.advice}` : ''}`,
    {
      fields: [{ field, message }],
      extra: { passwordProblem: verdict.problem, minLength: MIN_PASSWORD_LENGTH },
    },
  );
}
