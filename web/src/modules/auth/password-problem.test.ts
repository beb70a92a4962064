import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { authApi } from './api';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import { passwordProblemText } from './password-problem';

async function translator(lng: 'nl' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { nl: { translation: nl }, en: { translation: en } },
  });
  return i18n.t;
}

const refused = (passwordProblem: string) =>
  new ApiError({
    type: 'https://weerbaar.nl/problemen/validation_failed',
    title: 'De invoer is niet geldig',
    status: 400,
    code: 'validation_failed',
    detail: 'Het wachtwoord is te kort: gebruik minstens 12 tekens.',
    errors: [{ field: 'body.newPassword', message: 'is te kort' }],
    extensions: { passwordProblem, minLength: 12 },
  });

afterEach(() => vi.unstubAllGlobals());

describe('passwordProblemText', () => {
  it('reads passwordProblem from the problem document the API answers', async () => {
    const problem = {
      type: 'https://weerbaar.nl/problemen/validation_failed',
      title: 'De invoer is niet geldig',
      status: 400,
      code: 'validation_failed',
      detail: 'Het wachtwoord bestaat uit een veelgebruikt wachtwoord, woord of naam.',
      errors: [{ field: 'body.newPassword', message: 'bestaat uit een veelgebruikt woord' }],
      passwordProblem: 'common',
      minLength: 12,
    };
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify(problem), {
          status: 400,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const error = await authApi
      .changePassword({ currentPassword: 'x', newPassword: 'wachtwoord2026' })
      .catch((e: unknown) => e);
    expect(passwordProblemText(error, await translator('en'))).toBe(
      'The password consists of a common password, word or name. Choose something harder to guess.',
    );
  });

  it('says in English why the API refused a new password', async () => {
    const t = await translator('en');
    expect(passwordProblemText(refused('too_short'), t)).toBe(
      'The password is too short: use at least 12 characters.',
    );
    expect(passwordProblemText(refused('common'), t)).toContain('common password');
  });

  it('says it in Dutch, and ignores errors that are not about the password', async () => {
    const t = await translator('nl');
    expect(passwordProblemText(refused('personal'), t)).toContain('uw naam of e-mailadres');
    expect(passwordProblemText(refused('something_new'), t)).toBeNull();
    expect(passwordProblemText(new Error('x'), t)).toBeNull();
  });
});
